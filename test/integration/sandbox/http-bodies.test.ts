/**
 * The sandbox over real HTTP: a body the client got wrong (malformed JSON, over the limit, the wrong shape)
 * answers 4xx with `{errorMessages}`, never 500, on the control API and on the Jira REST bridge.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { keyOf } from '../../support/seed-tickets';

let sandbox: Sandbox;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-http-'));
  sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
});

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  contentType: string;
  json: { errorMessages?: string[]; errors?: Record<string, string> } & Record<string, unknown>;
}

async function send(method: string, url: string, body?: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const response = await fetch(`${sandbox.url}${url}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', json: text ? (JSON.parse(text) as Answer['json']) : {} };
}

const control = (method: string, name: string, body: unknown) => send(method, `/__sandbox/api/${name}`, JSON.stringify(body));

/** Over the 6 MB both routers accept. */
const OVERSIZE = 'x'.repeat(6 * 1024 * 1024 + 1024);

const CONTROLS: Array<[string, string]> = [
  ['POST', 'invoke'],
  ['POST', 'scheduled-triggers/run'],
  ['POST', 'clock'],
  ['PUT', 'faults'],
  ['POST', 'markdown-to-adf'],
];

describe('the control API refuses bad bodies with 4xx JSON', () => {
  it.each(CONTROLS)('%s /%s: malformed JSON answers 400 naming the problem', async (method, name) => {
    const answer = await send(method, `/__sandbox/api/${name}`, '{"speed": 2,');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toContain('application/json');
    expect(answer.json.errorMessages).toEqual([expect.stringMatching(/^The request body is not valid JSON: /)]);
  });

  it.each(CONTROLS)('%s /%s: a body over 6 MB answers 413', async (method, name) => {
    const answer = await send(method, `/__sandbox/api/${name}`, JSON.stringify({ markdown: OVERSIZE }));
    expect(answer.status).toBe(413);
    expect(answer.json.errorMessages).toEqual([expect.stringMatching(/^The request body is \d+ bytes; the sandbox accepts at most 6291456 bytes\.$/)]);
  });

  it.each(CONTROLS)('%s /%s: a body that is not an object answers 400', async (method, name) => {
    for (const body of ['[]', '5', '"text"', 'null']) {
      const answer = await send(method, `/__sandbox/api/${name}`, body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.errorMessages, body).toEqual([expect.stringMatching(/^The request body must be a JSON object with /)]);
    }
  });

  it('reads a body sent without a JSON content type as JSON instead of ignoring it', async () => {
    const garbled = await send('POST', '/__sandbox/api/clock', 'speed=2', { 'content-type': 'text/plain' });
    expect(garbled.status).toBe(400);
    const plain = await send('POST', '/__sandbox/api/clock', JSON.stringify({ speed: 1 }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(200);
    expect(plain.json.speed).toBe(1);
  });

  it('invoke: names each field of the wrong type', async () => {
    const answer = await control('POST', 'invoke', { moduleKey: 7, functionKey: 'getPanel', extension: ['jira:issuePanel'] });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages).toEqual([
      'moduleKey: must be a string: the UI module whose resolver is called',
      'extension: must be an object: the extension context Jira gives the module',
    ]);
    const noType = await control('POST', 'invoke', { moduleKey: 'accord-issue-panel', functionKey: 'getPanel', extension: {} });
    expect(noType.json.errorMessages).toEqual(['extension.type: must be a string: the module type']);
    const empty = await send('POST', '/__sandbox/api/invoke');
    expect(empty.status).toBe(400);
    expect(empty.json.errorMessages).toEqual(expect.arrayContaining(['moduleKey: must be a string: the UI module whose resolver is called']));
  });

  it('invoke: a well-formed call still reaches the runtime, whose own answers stay in the body', async () => {
    const answer = await control('POST', 'invoke', { moduleKey: 'no-such-module', functionKey: 'f', extension: { type: 'jira:issuePanel' } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ ok: false, status: 404, message: "manifest.yml has no module 'no-such-module' with a resolver function" });
  });

  it('scheduled triggers: a key of the wrong type or not in manifest.yml answers 400', async () => {
    const wrongType = await control('POST', 'scheduled-triggers/run', { key: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.errorMessages).toEqual(['key: must be a string: a scheduledTrigger key from manifest.yml']);
    const unknown = await control('POST', 'scheduled-triggers/run', { key: 'no-such-trigger' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errorMessages).toEqual([expect.stringMatching(/^key: manifest\.yml declares no scheduledTrigger 'no-such-trigger' \(it has \S+/)]);
  });

  it('clock: a speed or advance out of range answers 400 and changes nothing', async () => {
    const before = await control('POST', 'clock', {});
    expect(before.status).toBe(200);
    for (const body of [{ speed: 'fast' }, { speed: 0 }, { speed: 100_001 }, { advanceMs: -1 }, { advanceMs: '1h' }]) {
      const answer = await control('POST', 'clock', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errorMessages?.[0], JSON.stringify(body)).toMatch(/^(speed: must be a number from 1 to 100,000|advanceMs: must be a number of milliseconds, 0 or more)$/);
    }
    const after = await control('POST', 'clock', {});
    expect(after.json.speed).toBe(before.json.speed);
    expect(Date.parse(after.json.now as string) - Date.parse(before.json.now as string)).toBeLessThan(60_000);
  });

  it('faults: a wrong value or an unknown field answers 400 and applies none of the patch', async () => {
    const wrong = await control('PUT', 'faults', { latencyMs: 5, rateLimitNext: 1.5, retryAfterSeconds: 'soon' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errorMessages).toEqual([
      'rateLimitNext: must be a whole number, 0 or more (how many requests answer 429)',
      'retryAfterSeconds: must be a whole number, 0 or more (the Retry-After seconds; null sends none)',
    ]);
    const misspelt = await control('PUT', 'faults', { latency: 500 });
    expect(misspelt.status).toBe(400);
    expect(misspelt.json.errorMessages).toEqual(['Unknown field "latency"; this control takes latencyMs, rateLimitNext, retryAfterSeconds, unavailableNext, pathPrefix.']);
    expect(sandbox.jira.faults).toEqual({ latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: null, unavailableNext: 0, pathPrefix: null });

    const applied = await control('PUT', 'faults', { retryAfterSeconds: 2, pathPrefix: '/rest/agile' });
    expect(applied.status).toBe(200);
    expect(applied.json).toEqual({ latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: 2, unavailableNext: 0, pathPrefix: '/rest/agile' });
    expect((await control('PUT', 'faults', { retryAfterSeconds: null, pathPrefix: null })).json).toMatchObject({ retryAfterSeconds: null, pathPrefix: null });
  });

  it('markdown-to-adf: not a string or over 100,000 characters answers 400; a good one converts', async () => {
    for (const markdown of [5, 'x'.repeat(100_001)]) {
      const answer = await control('POST', 'markdown-to-adf', { markdown });
      expect(answer.status).toBe(400);
      expect(answer.json.errorMessages).toEqual(['markdown: must be a string of at most 100,000 characters']);
    }
    const converted = await control('POST', 'markdown-to-adf', { markdown: '# Done' });
    expect(converted.status).toBe(200);
    expect(converted.json).toMatchObject({ type: 'doc', content: [{ type: 'heading' }] });
  });

  it('an unknown control still answers 501 naming it', async () => {
    const answer = await control('POST', 'rewind', {});
    expect(answer.status).toBe(501);
    expect(answer.json.errorMessages).toEqual(['The sandbox has no control POST /__sandbox/api/rewind']);
  });
});

describe('the Jira REST bridge refuses an oversize body in Jira’s error shape', () => {
  it('answers 413 {errorMessages, errors} and leaves the issue as it was', async () => {
    const asPo = { 'content-type': 'application/json', 'x-sandbox-user': 'demo-po' };
    const key = await keyOf(sandbox.url, 'login-email');
    const before = await send('GET', `/rest/api/3/issue/${key}?fields=summary`, undefined, asPo);
    expect(before.status).toBe(200);
    const answer = await send('PUT', `/rest/api/3/issue/${key}`, JSON.stringify({ fields: { summary: OVERSIZE } }), asPo);
    expect(answer.status).toBe(413);
    expect(answer.contentType).toContain('application/json');
    expect(answer.json).toEqual({ errorMessages: [expect.stringMatching(/^The request body is \d+ bytes; the sandbox accepts at most 6291456 bytes\.$/)], errors: {} });
    const after = await send('GET', `/rest/api/3/issue/${key}?fields=summary`, undefined, asPo);
    expect(after.json).toEqual(before.json);
  });

  it('still leaves malformed JSON to the emulator, which answers Jira’s 400', async () => {
    const answer = await send('POST', '/rest/api/3/search/jql', '{"jql": ');
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessages: [expect.stringMatching(/^The request body is not valid JSON/)], errors: {} });
  });
});
