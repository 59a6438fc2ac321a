import type { APIResponse, RequestInit, route } from '@forge/api';

/** A path built with @forge/api's `route` tag (so every value in it is escaped). */
export type JiraRoute = ReturnType<typeof route>;

/** `asUser().requestJira` or `asApp().requestJira`, or a fake with the same shape in tests. */
export type JiraTransport = (path: JiraRoute, init?: RequestInit) => Promise<APIResponse>;

export type { APIResponse as JiraResponse, RequestInit as JiraRequestInit };

export const ACCEPT_JSON = { Accept: 'application/json' } as const;
export const SEND_JSON = { Accept: 'application/json', 'Content-Type': 'application/json' } as const;

/** "GET /rest/api/3/issue/ACC-1" without the query string, for error messages and logs. */
export function describeRequest(path: JiraRoute, init?: RequestInit): string {
  const method = (init?.method ?? 'GET').toUpperCase();
  return `${method} ${path.value.split('?')[0] ?? path.value}`;
}
