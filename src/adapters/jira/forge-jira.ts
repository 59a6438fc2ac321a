import { asApp, asUser } from '@forge/api';
import type { JiraPort } from '../../ports/jira';
import { createJiraClient, type JiraClientOptions } from './jira-client';

/** User-facing calls share the 25 s resolver limit with everything else, so waits stay short. */
export const USER_RETRY_BUDGET_MS = 20_000;
/** App jobs (scheduled scan, consumers) run up to 900 s and can afford to wait out a rate limit. */
export const APP_RETRY_BUDGET_MS = 120_000;

const realTime = {
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** Jira as the current user sees it: Jira's permissions apply. */
export function forUser(options: Partial<JiraClientOptions> = {}): JiraPort {
  return createJiraClient((path, init) => asUser().requestJira(path, init), {
    ...realTime,
    retryBudgetMs: USER_RETRY_BUDGET_MS,
    ...options,
  });
}

/** Jira as the app itself; only for work the app does on its own behalf (scans, mirrors). */
export function forApp(options: Partial<JiraClientOptions> = {}): JiraPort {
  return createJiraClient((path, init) => asApp().requestJira(path, init), {
    ...realTime,
    retryBudgetMs: APP_RETRY_BUDGET_MS,
    ...options,
  });
}
