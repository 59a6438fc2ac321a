/** Every failure a use case may need to tell apart, mapped from Jira's HTTP status. */

export interface JiraErrorDetails {
  status: number;
  /** Jira's own messages (ErrorCollection.errorMessages), kept verbatim. */
  errorMessages?: string[];
  /** Field-level messages (ErrorCollection.errors). */
  errors?: Record<string, string>;
  /** What the app was doing, e.g. "GET issue ACC-1". */
  operation?: string;
}

export class JiraError extends Error {
  readonly status: number;
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;
  readonly operation: string | undefined;

  constructor(message: string, details: JiraErrorDetails) {
    super(message);
    this.name = 'JiraError';
    this.status = details.status;
    this.errorMessages = details.errorMessages ?? [];
    this.errors = details.errors ?? {};
    this.operation = details.operation;
  }
}

export class NotFoundError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'NotFoundError';
  }
}

/** 401/403: the caller (user or app) may not do this. */
export class ForbiddenError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'ForbiddenError';
  }
}

/** Jira kept answering 429 and the retry budget ran out; try again after `retryAfterSeconds`. */
export class RateLimitedError extends JiraError {
  readonly retryAfterSeconds: number;
  constructor(message: string, details: JiraErrorDetails & { retryAfterSeconds: number }) {
    super(message, details);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** 5xx that did not clear within the retry budget; `retryAfterSeconds` suggests when to try again. */
export class JiraUnavailableError extends JiraError {
  readonly retryAfterSeconds: number;
  constructor(message: string, details: JiraErrorDetails & { retryAfterSeconds: number }) {
    super(message, details);
    this.name = 'JiraUnavailableError';
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** Jira answered, but not in the shape the app relies on (or not JSON at all). */
export class UnexpectedResponseError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'UnexpectedResponseError';
  }
}
