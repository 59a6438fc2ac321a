/**
 * `globalThis.__forge_fetch__(descriptor, path, init)`: where every @forge/api, @forge/kvs and @forge/events
 * request lands. Dispatches on the descriptor (FORGE-FACTS §7-§8):
 * - `{type: 'fpp', remote: 'jira', provider}`          -> the Jira emulator, as app or user
 * - `{type: 'kvs', ...}` (direct or proxied form)      -> the KVS emulator
 * - `{remote: 'stargate'}` + `/webhook/queue/...`       -> the async events queue
 * - anything else                                       -> 501 naming what is not emulated
 */
import type { JiraEmulator } from '../jira/emulator-types';
import type { KvsEmulator } from '../kvs';
import type { AsyncEventQueue } from './async-queue';
import { requestJira, type ProductDescriptor } from './jira-proxy';
import { jsonResponse, plainRequest, type InitLike } from './request-init';

export interface FetchDescriptor extends ProductDescriptor {
  type?: string;
  remote?: string;
}

export type ForgeFetch = (descriptor: FetchDescriptor, path: string, init?: InitLike) => Promise<Response>;

export interface ForgeFetchDeps {
  jira: JiraEmulator;
  kvs: KvsEmulator;
  queue: AsyncEventQueue;
}

export function createForgeFetch(deps: ForgeFetchDeps): ForgeFetch {
  return async (descriptor, path, init) => {
    try {
      if (descriptor?.type === 'kvs') {
        return await deps.kvs.fetch(path, { body: plainRequest(init).body });
      }
      if (descriptor?.type === 'fpp' && descriptor.remote === 'jira') {
        return await requestJira(deps.jira, descriptor, path, init);
      }
      if (descriptor?.remote === 'stargate' && typeof path === 'string' && path.startsWith('/webhook/queue/')) {
        return await deps.queue.handle(path, plainRequest(init).body);
      }
      return jsonResponse(501, {
        message: `The Forge sandbox does not emulate ${JSON.stringify(descriptor)} ${String(path)}`,
      });
    } catch (e) {
      // A sandbox fault must reach the app as a failed response, as a proxy error would, not crash the process.
      return jsonResponse(500, { message: `Forge sandbox error: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
}
