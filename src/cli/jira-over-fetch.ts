import { createJiraClient, type JiraTransport } from '../adapters/jira';
import type { JiraPort } from '../ports/jira';

/** How the command line reaches a Jira site: a base URL, and basic-auth credentials for a real site. */
export interface SiteAccess {
  /** e.g. https://your-site.atlassian.net, or http://localhost:8788 for the sandbox. */
  site: string;
  /** ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN; absent for the sandbox (it needs no sign-in). */
  credentials?: { email: string; token: string };
}

/** A command line run may wait out rate limits a little longer than a page can. */
const CLI_RETRY_BUDGET_MS = 60_000;

/**
 * The app's own Jira client (retries, paging, response schemas) over `fetch`, for the command line: the same
 * requests the Forge functions make through requestJira, signed with an API token on a real site.
 */
export function jiraOverFetch(access: SiteAccess): JiraPort {
  const base = new URL(access.site);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`The site must be an http(s) URL: ${access.site}`);
  if (base.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
    throw new Error(`Refusing to send an API token over plain http to ${base.hostname}; use https.`);
  }
  const origin = base.origin;
  const authorization = access.credentials ? `Basic ${Buffer.from(`${access.credentials.email}:${access.credentials.token}`).toString('base64')}` : undefined;
  const transport: JiraTransport = async (path, init) => {
    const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
    if (authorization) headers.set('Authorization', authorization);
    // Relative routes only: the client never names another host.
    return fetch(`${origin}${path.value}`, { ...(init as RequestInit | undefined), headers, redirect: 'manual' }) as ReturnType<JiraTransport>;
  };
  return createJiraClient(transport, {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now,
    retryBudgetMs: CLI_RETRY_BUDGET_MS,
  });
}

/** The credentials from the environment, when both are set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteAccess['credentials'] {
  const email = env['ATLASSIAN_EMAIL'];
  const token = env['ATLASSIAN_API_TOKEN'];
  return email && token ? { email, token } : undefined;
}
