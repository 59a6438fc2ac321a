/**
 * Forge's retry protocol for triggers and consumers: a function returns `new InvocationError({...})` from
 * @forge/events, which serialises itself to `{_retry: true, retryOptions: {retryAfter, retryReason, retryData}}`
 * (node_modules/@forge/events/out/invocationError.js). A QueueResponse with `.retry()` called also has `_retry`.
 */
import { MAX_RETRY_AFTER_SECONDS } from './limits';

export interface RetryRequest {
  retryAfterSeconds: number;
  retryReason: string;
  retryData?: unknown;
}

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
}

export function retryRequested(result: unknown): RetryRequest | null {
  if (!result || typeof result !== 'object' || (result as { _retry?: unknown })._retry !== true) return null;
  const options = ((result as { retryOptions?: Record<string, unknown> }).retryOptions ?? {}) as Record<string, unknown>;
  const after = typeof options.retryAfter === 'number' && options.retryAfter > 0 ? options.retryAfter : 1;
  return {
    retryAfterSeconds: Math.min(after, MAX_RETRY_AFTER_SECONDS),
    retryReason: typeof options.retryReason === 'string' ? options.retryReason : 'FUNCTION_RETRY_REQUEST',
    ...(options.retryData !== undefined ? { retryData: options.retryData } : {}),
  };
}
