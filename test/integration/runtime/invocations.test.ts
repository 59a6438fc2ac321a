import { beforeAll, describe, expect, it } from 'vitest';
import type { InvokeRequest } from '../../../sandbox/runtime';
import { installTestRuntime, type TestRuntime } from './fixtures/setup';

let t: TestRuntime;
let api: typeof import('@forge/api');

beforeAll(async () => {
  t = await installTestRuntime();
  api = await import('@forge/api');
});

const panelCall = (functionKey: string, payload: unknown, accountId: string | null = 'user-po'): InvokeRequest => ({
  moduleKey: 'test-panel',
  functionKey,
  payload,
  accountId,
  extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'ACC-1', type: 'Story', typeId: '10' }, project: { id: '100', key: 'ACC', type: 'software' } },
});

describe('requestJira through __forge_fetch__', () => {
  it('asApp() reaches the emulator as the app, flagged as coming from the app', async () => {
    const response = await api.asApp().requestJira(api.route`/rest/api/3/issue/${'ACC-1'}?fields=summary`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-fake-jira')).toBe('yes');
    expect(await response.json()).toMatchObject({ actor: { kind: 'app' }, path: '/rest/api/3/issue/ACC-1?fields=summary', method: 'GET' });
    expect(t.jira.requests.at(-1)?.fromApp).toBe(true);
  });

  it('asUser(id) acts as that user and passes method, headers and body through', async () => {
    const response = await api.asUser('user-dev').requestJira(api.route`/rest/api/3/issue/ACC-1/comment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'hi' }),
    });
    expect(await response.json()).toMatchObject({ actor: { kind: 'user', accountId: 'user-dev' }, method: 'POST', body: '{"body":"hi"}' });
    expect(t.jira.requests.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('answers statuses without a body as real Responses (204, 404)', async () => {
    const deleted = await api.asApp().requestJira(api.route`/rest/api/3/issue/ACC-1/properties/x`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const missing = await api.asApp().requestJira(api.route`/rest/api/3/missing`);
    expect(missing.status).toBe(404);
    expect(missing.ok).toBe(false);
  });

  it('asUser() without a user to act for fails as a proxy error instead of acting as someone else', async () => {
    await expect(api.asUser().requestJira(api.route`/rest/api/3/myself`)).rejects.toMatchObject({ name: 'PROXY_ERR', status: 401 });
  });

  it('answers what it does not emulate with 501', async () => {
    const response = await api.asApp().requestConfluence(api.route`/wiki/api/v2/pages`);
    expect(response.status).toBe(501);
  });
});

describe('invoke: a Resolver from @forge/resolver', () => {
  it('receives the payload and the context Forge builds', async () => {
    const result = await t.runtime.invoke(panelCall('echo', { criteria: ['a'] }));
    expect(result).toEqual({ ok: true, body: { payload: { criteria: ['a'] }, accountId: 'user-po', moduleKey: 'test-panel' } });
    const { context } = t.app.seen.resolver.at(-1)!;
    expect(context).toMatchObject({
      accountId: 'user-po',
      cloudId: 'cloud-1',
      moduleKey: 'test-panel',
      environmentId: 'env-1',
      installContext: 'ari:cloud:jira::site/cloud-1',
      extension: { type: 'jira:issuePanel', issue: { key: 'ACC-1' }, project: { key: 'ACC' } },
      license: { isActive: true },
    });
    expect(context.localId).toEqual(expect.stringContaining('test-panel'));
  });

  it('runs asUser() as the invoking user', async () => {
    expect(await t.runtime.invoke(panelCall('whoami', {}, 'user-pm'))).toMatchObject({ ok: true, body: { actor: { kind: 'user', accountId: 'user-pm' } } });
  });

  it('turns a throwing handler into the error the bridge shows', async () => {
    expect(await t.runtime.invoke(panelCall('boom', {}))).toEqual({
      ok: false,
      status: 500,
      message: 'There was an error invoking the function - Criteria are missing',
    });
    expect(t.runtime.invocations().at(-1)).toMatchObject({ functionKey: 'resolver', moduleKey: 'test-panel', ok: false, error: 'Criteria are missing' });
  });

  it('enforces the 500 KB request and 5 MB response limits', async () => {
    const tooBig = await t.runtime.invoke(panelCall('echo', { text: 'x'.repeat(500 * 1024) }));
    expect(tooBig).toMatchObject({ ok: false, status: 413 });
    const bigAnswer = await t.runtime.invoke(panelCall('big', {}));
    expect(bigAnswer).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses modules without a resolver and unknown resolver keys', async () => {
    expect(await t.runtime.invoke({ ...panelCall('echo', {}), moduleKey: 'nope' })).toMatchObject({ ok: false, status: 404 });
    expect(await t.runtime.invoke(panelCall('undefinedKey', {}))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Resolver has no definition for 'undefinedKey'"),
    });
  });

  it('gives each concurrent invocation its own principal and context', async () => {
    const [slowPo, fastDev] = await Promise.all([
      t.runtime.invoke(panelCall('slowWhoami', { delayMs: 40 }, 'user-po')),
      t.runtime.invoke(panelCall('slowWhoami', { delayMs: 5 }, 'user-dev')),
    ]);
    const po = slowPo as { ok: true; body: { actor: unknown; invocationId: string; remaining: number } };
    const dev = fastDev as { ok: true; body: { actor: unknown; invocationId: string; remaining: number } };
    expect(po.body.actor).toEqual({ kind: 'user', accountId: 'user-po' });
    expect(dev.body.actor).toEqual({ kind: 'user', accountId: 'user-dev' });
    expect(po.body.invocationId).not.toBe(dev.body.invocationId);
    expect(po.body.remaining).toBeGreaterThan(0);
    expect(po.body.remaining).toBeLessThanOrEqual(25_000);
  });

  it('lets a resolver use the KVS', async () => {
    expect(await t.runtime.invoke(panelCall('store', { n: 7 }))).toEqual({ ok: true, body: { n: 7 } });
  });
});

describe('workflow validators', () => {
  it('returns the function result and error message', async () => {
    const transition = { from: { id: '1' }, to: { id: '3' } };
    expect(await t.runtime.runWorkflowValidator('test-validator', { issue: { key: 'OK-1' }, configuration: {}, transition })).toEqual({ result: true });
    expect(await t.runtime.runWorkflowValidator('test-validator', { issue: { key: 'NO-1' }, configuration: {}, transition })).toEqual({
      result: false,
      errorMessage: 'NO-1 is not signed off',
    });
    expect((await t.runtime.runWorkflowValidator('missing', { issue: { key: 'X' }, configuration: {}, transition })).result).toBe(false);
  });
});
