/**
 * User searches by project: GET /rest/api/3/user/permission/search (users who hold every listed permission in a
 * project or issue; Jira answers it only to project admins and the app) and GET /rest/api/3/user/viewissue/search
 * (users who can browse a project or issue, for pickers; every sandbox user has Jira's "Browse users and groups").
 */
import type { Actor } from '../emulator-types';
import type { RouteContext } from '../http/route-context';
import type { UserRecord } from '../store';
import { intParam, stringList } from '../http/body';
import { badRequest, forbidden, notFound } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { userJson } from '../present/users';

const usersWithPermissions: RouteHandler = (ctx) => {
  const keys = stringList(ctx.query.getAll('permissions'));
  if (keys.length === 0) throw badRequest('The permissions query parameter is required.');
  const unknown = keys.filter((key) => !ctx.site.permissions.describe(key));
  if (unknown.length > 0) throw badRequest(`Unrecognized permission keys: ${unknown.join(', ')}`);
  const projectId = projectOf(ctx);
  // Jira's documented rule: Administer Jira, or Administer Projects for the project (the app holds both).
  if (!ctx.site.permissions.has(ctx.actor, projectId, 'ADMINISTER_PROJECTS')) throw forbidden('You need the Administer Projects permission to see who holds permissions in this project.');
  return ok(page(ctx, matching(ctx).filter((user) => keys.every((key) => ctx.site.permissions.has(asUser(user.accountId), projectId, key)))));
};

const usersWhoCanBrowse: RouteHandler = (ctx) => {
  // Jira refuses a search without a query or an accountId (its documented 400).
  if (!ctx.query.get('query') && !ctx.query.get('accountId')) throw badRequest('The query or accountId query parameter is required.');
  const projectId = projectOf(ctx);
  return ok(page(ctx, matching(ctx).filter((user) => user.active && ctx.site.permissions.canBrowse(asUser(user.accountId), projectId))));
};

const asUser = (accountId: string): Actor => ({ kind: 'user', accountId });

/** The project the search names (directly or by an issue), if the caller can see it; Jira's 400 and 404 otherwise. */
function projectOf(ctx: RouteContext): number {
  const store = ctx.site.store;
  const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  let projectId: number | undefined;
  if (projectRef) projectId = store.directory.project(projectRef)?.id;
  else if (issueRef) projectId = store.issues.find(issueRef)?.projectId;
  else throw badRequest('One of projectKey, projectId, issueKey or issueId is required.');
  if (!projectId || !ctx.site.permissions.canBrowse(ctx.actor, projectId)) throw notFound('No project could be found with key or id.');
  return projectId;
}

/** Users whose name or email contains the query, or the one accountId asked for. */
function matching(ctx: RouteContext): UserRecord[] {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const accountId = ctx.query.get('accountId');
  return ctx.site.store.directory
    .users()
    .filter((user) => (accountId ? user.accountId === accountId : true))
    .filter((user) => !query || user.displayName.toLowerCase().includes(query) || (user.email ?? '').toLowerCase().includes(query));
}

function page(ctx: RouteContext, users: readonly UserRecord[]) {
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(1000, intParam(ctx.query.get('maxResults'), 50, 'maxResults')));
  return users.slice(startAt, startAt + maxResults).map((user) => userJson(ctx.site, user));
}

export const permissionHolderRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/user/permission/search', usersWithPermissions],
  ['GET', '/rest/api/3/user/viewissue/search', usersWhoCanBrowse],
];
