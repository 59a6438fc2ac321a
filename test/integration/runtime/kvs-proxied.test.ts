import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTestRuntime, type TestRuntime } from './fixtures/setup';

// With __forge_runtime__.kvs set before @forge/kvs is first imported, the SDK takes its proxied form:
// descriptor {type: 'kvs'} plus Authorization and Host headers.
let t: TestRuntime;
let sdk: typeof import('@forge/kvs');
const descriptors: unknown[] = [];

beforeAll(async () => {
  t = await installTestRuntime({ kvsProxied: true });
  const forgeFetch = globalThis.__forge_fetch__ as (d: unknown, p: string, i?: unknown) => Promise<Response>;
  globalThis.__forge_fetch__ = (descriptor: unknown, path: string, init?: unknown) => {
    descriptors.push(descriptor);
    return forgeFetch(descriptor, path, init);
  };
  sdk = await import('@forge/kvs');
});

afterAll(async () => {
  await t.runtime.close();
});

describe('@forge/kvs in its proxied form', () => {
  it('round-trips through the same emulator', async () => {
    await sdk.kvs.set('proxied', { ok: true });
    expect(await sdk.kvs.get('proxied')).toEqual({ ok: true });
    expect(descriptors.at(-1)).toEqual({ type: 'kvs' });
    expect(t.runtime.kvs.getRaw('proxied')?.value).toEqual({ ok: true });
  });

  it('removes its globals on close', async () => {
    await t.runtime.close();
    expect(globalThis.__forge_runtime__).toBeUndefined();
  });
});
