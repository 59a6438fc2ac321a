import { ContextMismatchError } from '../../app/context-mismatch';
import type { ResolverError } from '../../contract/result';
import { ForbiddenError, JiraError, JiraUnavailableError, NotFoundError, RateLimitedError, UnexpectedResponseError } from '../../ports/jira';
import { RecordTooLargeError, UnreadableRecordError } from '../../ports/store';

/** What a resolver acts on, so a refusal names the right thing. */
export type ResolverSubject = 'issue' | 'project';

const NOT_FOUND: Record<ResolverSubject, string> = {
  issue: 'This issue does not exist or you do not have permission to see it.',
  project: 'This project does not exist or you do not have permission to browse it.',
};

/**
 * Turns a failure into a message for the page. Every cause the app can name is named (with what to do, and
 * that nothing was changed); only a failure it cannot explain is logged (Forge keeps function logs) and shown
 * as a generic one, without internals.
 */
export function toResolverError(error: unknown, subject: ResolverSubject = 'issue'): ResolverError {
  if (error instanceof ContextMismatchError) return { code: 'forbidden', message: error.message };
  if (error instanceof RecordTooLargeError) return { code: 'limit-exceeded', message: `${error.message} Nothing was saved; shorten what you added.` };
  if (error instanceof UnreadableRecordError) {
    console.error(error.message);
    return {
      code: 'internal',
      message: `Accord cannot read what it stored for this ${subject} (${error.kind} record, version ${error.version}). Nothing was changed. Tell your Jira admin, who can find the details in the app's logs.`,
    };
  }
  if (error instanceof RateLimitedError || error instanceof JiraUnavailableError) {
    return { code: 'jira-unavailable', message: `Jira is busy right now (it asked to wait ${Math.ceil(error.retryAfterSeconds)} s). Nothing was changed; try again in a minute.` };
  }
  if (error instanceof NotFoundError) return { code: 'not-found', message: NOT_FOUND[subject] };
  if (error instanceof ForbiddenError) return { code: 'forbidden', message: `Jira did not allow this for your account${jiraSays(error)}.` };
  if (error instanceof UnexpectedResponseError) {
    console.error(error.message);
    return { code: 'jira-unavailable', message: `Jira answered ${error.operation ?? 'a request'} in a way Accord did not expect. Nothing was changed; try again, and tell your Jira admin if it keeps happening.` };
  }
  if (error instanceof JiraError) {
    console.error('Jira refused a request', error);
    return { code: 'invalid-state', message: `Jira refused ${error.operation ?? 'the request'} (HTTP ${error.status})${jiraSays(error)}. Nothing was changed.` };
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 404) return { code: 'not-found', message: NOT_FOUND[subject] };
  console.error('Resolver failed', error);
  return { code: 'internal', message: 'Something went wrong that Accord cannot explain. Try again; if it keeps failing, tell your Jira admin.' };
}

function jiraSays(error: JiraError): string {
  const said = [...error.errorMessages, ...Object.values(error.errors)].filter((m) => m.trim() !== '');
  return said.length > 0 ? `: "${said.join(' ').slice(0, 300)}"` : '';
}
