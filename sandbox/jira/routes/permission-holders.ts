/** GET /rest/api/3/user/permission/search: users who hold every listed permission in a project or issue. */
import { intParam, stringList } from '../http/body';
import { badRequest, notFound } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { userJson } from '../present/users';

const usersWithPermissions: RouteHandler = (ctx) => {
  const keys = stringList(ctx.query.getAll('permissions'));
  if (keys.length === 0) throw badRequest('The permissions query parameter is required.');
  const unknown = keys.filter((key) => !ctx.site.permissions.describe(key));
  if (unknown.length > 0) throw badRequest(`Unrecognized permission keys: ${unknown.join(', ')}`);
  const store = ctx.site.store;
  const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  let projectId: number | undefined;
  if (projectRef) projectId = store.directory.project(projectRef)?.id;
  else if (issueRef) projectId = store.issues.find(issueRef)?.projectId;
  else throw badRequest('One of projectKey, projectId, issueKey or issueId is required.');
  if (!projectId || !ctx.site.permissions.canBrowse(ctx.actor, projectId)) throw notFound('No project could be found with key or id.');
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(1000, intParam(ctx.query.get('maxResults'), 50, 'maxResults')));
  const holders = store.directory
    .users()
    .filter((user) => !query || user.displayName.toLowerCase().includes(query))
    .filter((user) => keys.every((key) => ctx.site.permissions.has({ kind: 'user', accountId: user.accountId }, projectId, key)));
  return ok(holders.slice(startAt, startAt + maxResults).map((user) => userJson(ctx.site, user)));
};

export const permissionHolderRoutes: Array<[string, string, RouteHandler]> = [['GET', '/rest/api/3/user/permission/search', usersWithPermissions]];
