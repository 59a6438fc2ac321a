/** Users, the caller's permissions, projects, project roles and server info. */
import { intParam, stringList } from '../http/body';
import { JiraHttpError, badRequest, notFound } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { PROJECT_ROLES } from '../model/permission-scheme';
import { browsableProject } from '../project-access';
import { projectJson } from '../present/projects';
import { userJson } from '../present/users';
import type { ProjectRecord } from '../store';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

const myself: RouteHandler = (ctx) => {
  if (ctx.actor.kind === 'app') {
    // asApp calls run as the app's own system user.
    return ok({ accountId: 'accord-app', accountType: 'app', displayName: 'Accord', active: true, timeZone: 'UTC', locale: 'en_US' });
  }
  const user = ctx.site.store.directory.user(ctx.actor.accountId);
  if (!user) throw new JiraHttpError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  return ok(userJson(ctx.site, user));
};

const getUser: RouteHandler = (ctx) => {
  const accountId = ctx.query.get('accountId');
  if (!accountId) throw badRequest('The accountId query parameter needs to be provided.');
  const user = ctx.site.store.directory.user(accountId);
  if (!user) throw notFound(USER_NOT_FOUND);
  return ok(userJson(ctx.site, user));
};

const bulkUsers: RouteHandler = (ctx) => {
  const ids = stringList(ctx.query.getAll('accountId'));
  if (ids.length === 0) throw badRequest('The accountId query parameter needs to be provided.');
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(200, intParam(ctx.query.get('maxResults'), 10, 'maxResults')));
  const users = ids.map((id) => ctx.site.store.directory.user(id)).filter((user) => user !== undefined);
  const page = users.slice(startAt, startAt + maxResults);
  return ok({
    self: `${ctx.site.baseUrl}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: users.length,
    isLast: startAt + page.length >= users.length,
    values: page.map((user) => userJson(ctx.site, user)),
  });
};

const searchUsers: RouteHandler = (ctx) => {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(1000, intParam(ctx.query.get('maxResults'), 50, 'maxResults')));
  const users = ctx.site.store.directory
    .users()
    .filter((user) => !query || user.displayName.toLowerCase().includes(query) || (user.email ?? '').toLowerCase().includes(query) || user.accountId === query);
  return ok(users.slice(startAt, startAt + maxResults).map((user) => userJson(ctx.site, user)));
};

/** The project a mypermissions request is about, or null for the site-wide answer. */
function permissionScope(ctx: RouteContext): ProjectRecord | null {
  const store = ctx.site.store;
  const projectRef = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  if (projectRef) {
    const project = store.directory.project(projectRef);
    if (!project || !ctx.site.permissions.canBrowse(ctx.actor, project.id)) throw notFound('No project could be found with key or id.');
    return project;
  }
  if (issueRef) {
    const issue = store.issues.find(issueRef);
    if (!issue || !ctx.site.permissions.canBrowse(ctx.actor, issue.projectId)) throw notFound('Issue does not exist or you do not have permission to see it.');
    return store.directory.project(issue.projectId) ?? null;
  }
  return null;
}

const myPermissions: RouteHandler = (ctx) => {
  const keys = stringList(ctx.query.getAll('permissions'));
  if (keys.length === 0) throw badRequest('The permissions query parameter is required.');
  const unknown = keys.filter((key) => !ctx.site.permissions.describe(key));
  if (unknown.length > 0) throw badRequest(`Unrecognized permission keys: ${unknown.join(', ')}`);
  const project = permissionScope(ctx);
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const info = ctx.site.permissions.describe(key);
    if (!info) continue;
    const have = project ? ctx.site.permissions.has(ctx.actor, project.id, key) : ctx.site.permissions.hasAnywhere(ctx.actor, key);
    permissions[key] = { ...info, havePermission: have };
  }
  return ok({ permissions });
};

const getProject: RouteHandler = (ctx) => ok(projectJson(ctx.site, browsableProject(ctx, ctx.params['projectIdOrKey'])));

const searchProjects: RouteHandler = (ctx) => {
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(100, intParam(ctx.query.get('maxResults'), 50, 'maxResults')));
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const keys = new Set(stringList(ctx.query.getAll('keys')).map((key) => key.toUpperCase()));
  const visible = ctx.site.store.directory
    .projects()
    .filter((project) => ctx.site.permissions.canBrowse(ctx.actor, project.id))
    .filter((project) => !query || project.key.toLowerCase().includes(query) || project.name.toLowerCase().includes(query))
    .filter((project) => keys.size === 0 || keys.has(project.key));
  const page = visible.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= visible.length;
  return ok({
    self: `${ctx.site.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`,
    nextPage: isLast ? undefined : `${ctx.site.baseUrl}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: visible.length,
    isLast,
    values: page.map((project) => projectJson(ctx.site, project)),
  });
};

const projectRoles: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  const roles: Record<string, string> = {};
  for (const role of PROJECT_ROLES) roles[role.name] = `${ctx.site.baseUrl}/rest/api/3/project/${project.id}/role/${role.id}`;
  return ok(roles);
};

const projectRole: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  const role = PROJECT_ROLES.find((candidate) => String(candidate.id) === ctx.params['id']);
  if (!role) throw notFound(`Can not retrieve a role actor for a null project role.`);
  const members = ctx.site.store.directory.roleMembers(project.id, role.id);
  return ok({
    self: `${ctx.site.baseUrl}/rest/api/3/project/${project.id}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
    admin: role.admin,
    default: false,
    roleConfigurable: true,
    translatedName: role.name,
    currentUserRole: ctx.actor.kind === 'user' && members.includes(ctx.actor.accountId),
    actors: members.map((accountId, index) => {
      const user = ctx.site.store.directory.user(accountId);
      return {
        id: index + 1,
        displayName: user?.displayName ?? accountId,
        type: 'atlassian-user-role-actor',
        actorUser: { accountId },
      };
    }),
  });
};

const serverInfo: RouteHandler = (ctx) =>
  ok({
    baseUrl: ctx.site.baseUrl,
    displayUrl: ctx.site.baseUrl,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100289,
    buildDate: '2025-01-01T00:00:00.000+0000',
    serverTime: ctx.site.now().toISOString().replace('Z', '+0000'),
    scmInfo: 'accord-sandbox',
    serverTitle: 'Accord sandbox',
    serverTimeZone: 'UTC',
  });

export const peopleRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/myself', myself],
  ['GET', '/rest/api/3/user', getUser],
  ['GET', '/rest/api/3/user/bulk', bulkUsers],
  ['GET', '/rest/api/3/users/search', searchUsers],
  ['GET', '/rest/api/3/mypermissions', myPermissions],
  ['GET', '/rest/api/3/project/search', searchProjects],
  ['GET', '/rest/api/3/project/{projectIdOrKey}', getProject],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/role', projectRoles],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}', projectRole],
  ['GET', '/rest/api/3/serverInfo', serverInfo],
];
