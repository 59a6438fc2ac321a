export { createJiraClient, type JiraClientOptions } from './jira-client';
export { forApp, forUser, APP_RETRY_BUDGET_MS, USER_RETRY_BUDGET_MS } from './forge-jira';
export { BACKOFF, backoffMs, parseRetryAfterMs, type RetryOptions } from './retry';
export type { JiraRoute, JiraTransport } from './transport';
