import {
  ForbiddenError,
  JiraError,
  JiraUnavailableError,
  NotFoundError,
  RateLimitedError,
  type JiraErrorDetails,
} from '../../ports/jira';
import type { JiraResponse } from './transport';

interface ErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

/** Jira answers errors as ErrorCollection ({errorMessages, errors}); the agile API sometimes as {message}. */
export function parseErrorBody(text: string): ErrorBody {
  const result: ErrorBody = { errorMessages: [], errors: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    if (trimmed) result.errorMessages.push(trimmed.slice(0, 500));
    return result;
  }
  if (typeof parsed !== 'object' || parsed === null) return result;
  const body = parsed as Record<string, unknown>;
  if (Array.isArray(body.errorMessages)) {
    result.errorMessages.push(...body.errorMessages.filter((m): m is string => typeof m === 'string'));
  }
  if (typeof body.message === 'string') result.errorMessages.push(body.message);
  if (typeof body.errors === 'object' && body.errors !== null && !Array.isArray(body.errors)) {
    for (const [field, message] of Object.entries(body.errors)) {
      if (typeof message === 'string') result.errors[field] = message;
    }
  }
  return result;
}

function summary(operation: string, status: number, body: ErrorBody): string {
  const messages = [...body.errorMessages, ...Object.entries(body.errors).map(([f, m]) => `${f}: ${m}`)];
  return `Jira answered ${status} to ${operation}${messages.length ? `: ${messages.join('; ')}` : ''}`;
}

/** The typed error for a failed Jira answer, keeping Jira's own messages. */
export async function errorFromResponse(
  response: JiraResponse,
  operation: string,
  retryAfterSeconds?: number,
): Promise<JiraError> {
  const body = parseErrorBody(await response.text().catch(() => ''));
  const { status } = response;
  const details: JiraErrorDetails = { status, operation, ...body };
  const message = summary(operation, status, body);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 401 || status === 403) return new ForbiddenError(message, details);
  if (status === 429) return new RateLimitedError(message, { ...details, retryAfterSeconds: retryAfterSeconds ?? 0 });
  if (status >= 500) return new JiraUnavailableError(message, { ...details, retryAfterSeconds: retryAfterSeconds ?? 0 });
  return new JiraError(message, details);
}
