/** Users as Jira's REST API shows them (User, UserDetails). */
import type { UserRecord } from '../store';
import { avatarDataUri, avatarUrls } from './format';
import type { Site } from './site';

export function userJson(site: Site, user: UserRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.email ?? undefined,
    avatarUrls: avatarUrls(avatarDataUri(user.displayName)),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: 'en_US',
  };
}

/** UserDetails (issue fields, comment authors): the same minus locale. */
export function userDetailsJson(site: Site, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = site.store.directory.user(accountId);
  if (!user) {
    return { accountId, accountType: 'atlassian', active: false, displayName: 'Former user', avatarUrls: avatarUrls(avatarDataUri('Former user')) };
  }
  const { locale: _locale, ...details } = userJson(site, user);
  return details;
}
