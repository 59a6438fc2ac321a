/**
 * Typed calls to the app's resolvers. Every resolver answers a Result; a bridge failure (network, host,
 * rate limit) or an answer that is not a Result becomes one too, so pages only ever handle Results.
 */
import { invoke } from '@forge/bridge';
import type { Result } from '../../../src/contract/result';

/** What one resolver takes and what its successful answer carries. */
export interface ResolverCall<Payload extends object, Data> {
  payload: Payload;
  data: Data;
}

// `object` keeps the map open to any payload shape; each page narrows it with its own contract.
export type ResolverMap = { [key: string]: ResolverCall<object, unknown> };

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

function describe(error: unknown): string {
  const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return reason ? `Jira could not reach Accord: ${reason}` : 'Jira could not reach Accord. Try again in a moment.';
}

/**
 * Builds a `callResolver` bound to a page's resolver map:
 * `const callResolver = createResolverClient<PanelCalls>(); await callResolver('getPanel', {})`.
 */
export function createResolverClient<M extends ResolverMap>() {
  return async function callResolver<K extends keyof M & string>(key: K, payload: M[K]['payload']): Promise<Result<M[K]['data']>> {
    let answer: unknown;
    try {
      answer = await invoke(key, payload as Record<string, unknown>);
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: describe(error) } };
    }
    if (!isResult(answer)) {
      return { ok: false, error: { code: 'internal', message: `Accord answered "${key}" in an unexpected form. Reload the page and try again.` } };
    }
    return answer as Result<M[K]['data']>;
  };
}
