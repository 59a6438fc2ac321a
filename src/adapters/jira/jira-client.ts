import type { JiraPort } from '../../ports/jira';
import { agileRequests } from './agile-requests';
import { historyRequests } from './history-requests';
import type { ClientContext } from './client-context';
import { issueRequests } from './issue-requests';
import { peopleRequests } from './people-requests';
import { projectRequests } from './project-requests';
import { siteRequests } from './site-requests';
import { propertyRequests } from './property-requests';
import { worklogRequests } from './worklog-requests';
import { withRetry, type RetryOptions } from './retry';
import type { JiraTransport } from './transport';

export type JiraClientOptions = RetryOptions;

/** The app's Jira client over any transport: retries within a budget, pages, parses every answer. */
export function createJiraClient(transport: JiraTransport, options: JiraClientOptions): JiraPort {
  const context: ClientContext = {
    requestJira: withRetry(transport, options),
    sleep: options.sleep,
    now: options.now ?? Date.now,
    retryBudgetMs: options.retryBudgetMs,
  };
  return {
    ...issueRequests(context),
    ...propertyRequests(context),
    ...peopleRequests(context),
    ...siteRequests(context),
    ...agileRequests(context),
    ...projectRequests(context),
    ...historyRequests(context),
    ...worklogRequests(context),
  };
}
