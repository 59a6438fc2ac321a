import { InvocationError, InvocationErrorCode } from '@forge/events';
import { JiraUnavailableError, RateLimitedError } from '../../ports/jira';

/**
 * Jira kept refusing within the retry budget: hand the event back to Forge to retry later (at most 4 times,
 * after at most 900 s), instead of losing it.
 */
export function retryLaterIfBusy(error: unknown): InvocationError {
  if (error instanceof RateLimitedError || error instanceof JiraUnavailableError) {
    return new InvocationError({
      retryAfter: Math.min(900, Math.max(1, Math.ceil(error.retryAfterSeconds))),
      retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
    });
  }
  throw error;
}
