import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppFunctions } from '../../../sandbox/runtime/app-functions';
import { InvocationLog } from '../../../sandbox/runtime/invocation-log';
import { AppManifest } from '../../../sandbox/runtime/manifest';
import { createForgeRuntime, createSandboxClock } from '../../../sandbox/runtime';
import { FakeJira } from './fixtures/fake-jira';

const manifest = new AppManifest({ modules: { function: [{ key: 'hang', handler: 'index.hang' }, { key: 'missing', handler: 'index.nothing' }] } });

describe('function invocation limits', () => {
  it('rejects an invocation that outlives its timeout and records it', async () => {
    const log = new InvocationLog(3);
    const functions = new AppFunctions(manifest, () => ({ hang: () => new Promise(() => {}) }), log, () => new Date(0));
    const outcome = await functions.call({ functionKey: 'hang', moduleKey: 'm', moduleType: 'consumer', accountId: null, timeoutSeconds: 0.05 }, []);
    expect(outcome).toMatchObject({ ok: false, timedOut: true });
    expect(log.list()[0]).toMatchObject({ functionKey: 'hang', ok: false, error: expect.stringContaining('timed out') });
  });

  it('says which export is missing', async () => {
    const functions = new AppFunctions(manifest, () => ({}), new InvocationLog(3), () => new Date(0));
    const outcome = await functions.call({ functionKey: 'missing', moduleKey: 'm', moduleType: 'trigger', accountId: null, timeoutSeconds: 1 }, []);
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringContaining("exports no function 'nothing'") } });
  });

  it('keeps only the last entries of the invocation log', () => {
    const log = new InvocationLog(2);
    for (const key of ['a', 'b', 'c']) log.add({ at: '', functionKey: key, moduleKey: '', ok: true, ms: 0 });
    expect(log.list().map((r) => r.functionKey)).toEqual(['b', 'c']);
  });

  it('resumes persisted queue events when a runtime starts on the same database', async () => {
    const db = new Database(':memory:');
    const consumerManifest = {
      modules: {
        consumer: [{ key: 'c', queue: 'q', function: 'f' }],
        function: [{ key: 'f', handler: 'index.f' }],
      },
    };
    const delivered: unknown[] = [];
    const make = () =>
      createForgeRuntime({
        manifest: consumerManifest,
        loadApp: () => ({ f: (event: { body: unknown }) => void delivered.push(event.body) }),
        db,
        jira: new FakeJira(),
        appId: 'app',
        environmentId: 'env',
        cloudId: 'cloud',
        clock: createSandboxClock({ tickMs: 0 }),
      });
    // A first runtime stores a delayed push and stops before it falls due; a second one on the same db delivers it.
    const first = make();
    first.install();
    const fetchFn = globalThis.__forge_fetch__ as (d: unknown, p: string, i: unknown) => Promise<Response>;
    const pushed = await fetchFn({ type: 'fpp', provider: 'app', remote: 'stargate' }, '/webhook/queue/publish/x/y/z/1', {
      method: 'POST',
      body: JSON.stringify({ queueName: 'q', jobId: 'job-1', payload: [{ body: { n: 1 }, delayInSeconds: 30 }] }),
    });
    expect(pushed.status).toBe(201);
    await first.close();
    const second = make();
    second.install();
    await second.clock.advance(31_000);
    expect(delivered).toEqual([{ n: 1 }]);
    await second.close();
  });
});
