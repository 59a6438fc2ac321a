/**
 * Every resolver answers with a Result: the UI shows `error.message` as is, so messages are written for
 * the person using the page.
 */
export type ErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'limit-exceeded'
  | 'invalid-state'
  | 'jira-unavailable'
  | 'internal';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** For a conflict: the current state, so the page can reload and offer to reapply. */
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
