import type { ResolverError } from '../../contract/result';

/**
 * Turns an unexpected failure into a message for the page. Jira errors carry their HTTP status; anything
 * else is logged (Forge keeps function logs) and shown as a generic failure without internals.
 */
export function toResolverError(error: unknown): ResolverError {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') {
    if (status === 404) return { code: 'not-found', message: 'This issue does not exist or you do not have permission to see it.' };
    if (status === 403 || status === 401) return { code: 'forbidden', message: 'Jira did not allow this action for your account.' };
    if (status === 429 || status === 503) return { code: 'jira-unavailable', message: 'Jira is busy right now. Try again in a minute.' };
  }
  console.error('Resolver failed', error);
  return { code: 'internal', message: 'Something went wrong. Try again; if it keeps failing, tell your Jira admin.' };
}
