/** What every presenter needs: the store, the site's base URL and the sandbox clock. */
import type { Permissions } from '../permissions';
import type { JiraStore } from '../store';

export const DEFAULT_BASE_URL = 'https://accord-sandbox.atlassian.net';

export interface Site {
  store: JiraStore;
  permissions: Permissions;
  baseUrl: string;
  now: () => Date;
}
