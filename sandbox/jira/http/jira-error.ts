/** An error answered in Jira's shape `{errorMessages, errors}`; route handlers throw it. */
export class JiraHttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly errorMessages: string[],
    public readonly errors: Record<string, string> = {},
    public readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages.join(' ') || Object.values(errors).join(' ') || `HTTP ${status}`);
    this.name = 'JiraHttpError';
  }
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function issueNotFound(): JiraHttpError {
  return new JiraHttpError(404, [ISSUE_NOT_FOUND]);
}

export function badRequest(message: string, errors: Record<string, string> = {}): JiraHttpError {
  return new JiraHttpError(400, message ? [message] : [], errors);
}

export function forbidden(message: string): JiraHttpError {
  return new JiraHttpError(403, [message]);
}

export function notFound(message: string): JiraHttpError {
  return new JiraHttpError(404, [message]);
}
