/**
 * Project versions: create, read, edit (release, archive, move unfixed issues on release), the project's
 * version lists (all, and paged with order, status and query) and a version's issue counts. Reading needs
 * Browse projects; writing needs Administer projects. Status codes are the documented ones: a create the
 * caller may not make answers 404, an edit 400.
 */
import { emitVersionEvent, versionEditActions } from '../events/version-events';
import { bodyObject, intParam, stringList } from '../http/body';
import { JiraHttpError, badRequest, notFound } from '../http/jira-error';
import { json, ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { commitIssueChange } from '../issue-changes';
import { statusCategoryOf } from '../model/workflow';
import { parseExpand } from '../present/issue-bean';
import { versionJson, versionUrl } from '../present/versions';
import { browsableProject } from '../project-access';
import type { ProjectRecord, VersionRecord } from '../store';
import { versionChanges } from '../version-input';

const PAGE_CAP = 50;

function expandOf(ctx: RouteContext): Set<string> {
  return parseExpand(ctx.query.getAll('expand'));
}

function visibleVersion(ctx: RouteContext): VersionRecord {
  const id = ctx.params['id'] ?? '';
  const version = /^\d+$/.test(id) ? ctx.site.store.versions.get(Number(id)) : undefined;
  if (!version || !ctx.site.permissions.canBrowse(ctx.actor, version.projectId)) throw notFound(`Could not find version for id '${id}'`);
  return version;
}

function canAdminister(ctx: RouteContext, projectId: number): boolean {
  return ctx.site.permissions.has(ctx.actor, projectId, 'ADMINISTER_PROJECTS');
}

/** `projectId` (number) or `project` (key), as the Version bean names the project. */
function projectOfBody(ctx: RouteContext, body: Record<string, unknown>): ProjectRecord {
  const ref = body['projectId'] ?? body['project'];
  if (ref === undefined || ref === null || ref === '') throw new JiraHttpError(400, [], { project: 'Project must be specified to create a version.' });
  if (typeof ref !== 'string' && typeof ref !== 'number') throw new JiraHttpError(400, [], { project: 'Project must be specified to create a version.' });
  return browsableProject(ctx, ref);
}

const createVersion: RouteHandler = (ctx) => {
  const body = bodyObject(ctx.body);
  const project = projectOfBody(ctx, body);
  if (!canAdminister(ctx, project.id)) throw notFound('You do not have permission to create versions in this project.');
  const store = ctx.site.store;
  const changes = versionChanges(body, store.versions.ofProjectInOrder(project.id), null);
  const version: VersionRecord = store.transaction(() => {
    const created: VersionRecord = {
      id: store.versions.nextId(),
      projectId: project.id,
      name: changes.name ?? '',
      description: changes.description ?? '',
      startDate: changes.startDate ?? null,
      releaseDate: changes.releaseDate ?? null,
      released: changes.released ?? false,
      archived: changes.archived ?? false,
      sequence: store.versions.nextSequence(project.id),
    };
    store.versions.save(created);
    return created;
  });
  emitVersionEvent(ctx, 'created', version);
  return json(201, versionJson(ctx.site, version));
};

const getVersion: RouteHandler = (ctx) => ok(versionJson(ctx.site, visibleVersion(ctx), expandOf(ctx)));

/** `moveUnfixedIssuesTo` names a version by its URL (…/rest/api/3/version/10001) of the same project. */
function moveTarget(ctx: RouteContext, value: unknown, version: VersionRecord): VersionRecord | null {
  if (value === undefined || value === null) return null;
  const id = typeof value === 'string' ? /\/version\/(\d+)\/?$/.exec(value)?.[1] : undefined;
  const target = id ? ctx.site.store.versions.get(Number(id)) : undefined;
  if (!target || target.projectId !== version.projectId || target.id === version.id) {
    throw new JiraHttpError(400, [], { moveUnfixedIssuesTo: 'The version to move unfixed issues to is not valid.' });
  }
  return target;
}

/** On release, unresolved issues of the version move to `target` (each change is a Fix Version history item). */
function moveUnfixedIssues(ctx: RouteContext, from: VersionRecord, target: VersionRecord): void {
  for (const issue of ctx.site.store.issues.list(from.projectId)) {
    if (!issue.fixVersionIds.includes(from.id) || statusCategoryOf(issue.status) === 'done') continue;
    const ids = issue.fixVersionIds.filter((id) => id !== from.id);
    commitIssueChange(ctx, issue, { ...issue, fixVersionIds: ids.includes(target.id) ? ids : [...ids, target.id] });
  }
}

const updateVersion: RouteHandler = (ctx) => {
  const version = visibleVersion(ctx);
  if (!canAdminister(ctx, version.projectId)) throw badRequest('You do not have permission to edit versions in this project.');
  const body = bodyObject(ctx.body ?? {});
  const store = ctx.site.store;
  const changes = versionChanges(body, store.versions.ofProjectInOrder(version.projectId), version);
  const target = moveTarget(ctx, body['moveUnfixedIssuesTo'], version);
  const updated: VersionRecord = { ...version, ...changes };
  store.transaction(() => {
    store.versions.save(updated);
    if (target && updated.released && !version.released) moveUnfixedIssues(ctx, updated, target);
  });
  for (const action of versionEditActions(version, updated)) emitVersionEvent(ctx, action, updated);
  return ok(versionJson(ctx.site, updated));
};

const relatedIssueCounts: RouteHandler = (ctx) => {
  const version = visibleVersion(ctx);
  const fixed = ctx.site.store.issues.listSummaries().filter((issue) => issue.fixVersionIds.includes(version.id)).length;
  return ok({
    self: versionUrl(ctx.site, version.id),
    issuesFixedCount: fixed,
    // The sandbox has no "Affects versions" field and no version custom fields.
    issuesAffectedCount: 0,
    issueCountWithCustomFieldsShowingVersion: 0,
    customFieldUsage: [],
  });
};

const unresolvedIssueCount: RouteHandler = (ctx) => {
  const version = visibleVersion(ctx);
  const issues = ctx.site.store.issues.listSummaries().filter((issue) => issue.fixVersionIds.includes(version.id));
  return ok({
    self: `${versionUrl(ctx.site, version.id)}/unresolvedIssueCount`,
    issuesCount: issues.length,
    issuesUnresolvedCount: issues.filter((issue) => issue.resolutiondate === null).length,
  });
};

const projectVersions: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  const expand = expandOf(ctx);
  return ok(ctx.site.store.versions.ofProjectInOrder(project.id).map((version) => versionJson(ctx.site, version, expand)));
};

const STATUS_OF = (version: VersionRecord): string => (version.archived ? 'archived' : version.released ? 'released' : 'unreleased');

/** Dates oldest first with undated versions last; text fields by name order; `-field` reverses. */
function versionOrder(orderBy: string | null): (a: VersionRecord, b: VersionRecord) => number {
  const field = (orderBy ?? 'sequence').replace(/^[+-]/, '');
  const direction = orderBy?.startsWith('-') ? -1 : 1;
  const text = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
  const date = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  const compare: Record<string, (a: VersionRecord, b: VersionRecord) => number> = {
    sequence: (a, b) => a.sequence - b.sequence,
    name: (a, b) => text(a.name, b.name),
    description: (a, b) => text(a.description, b.description),
    releaseDate: (a, b) => date(a.releaseDate, b.releaseDate),
    startDate: (a, b) => date(a.startDate, b.startDate),
  };
  const chosen = compare[field];
  if (!chosen) throw badRequest(`The orderBy value '${orderBy ?? ''}' is not supported.`);
  return (a, b) => direction * chosen(a, b) || a.sequence - b.sequence;
}

const projectVersionsPaged: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(PAGE_CAP, intParam(ctx.query.get('maxResults'), PAGE_CAP, 'maxResults')));
  const statuses = new Set(stringList(ctx.query.getAll('status')).map((status) => status.toLowerCase()));
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const matching = ctx.site.store.versions
    .ofProjectInOrder(project.id)
    .filter((version) => statuses.size === 0 || statuses.has(STATUS_OF(version)))
    .filter((version) => query === '' || version.name.toLowerCase().includes(query) || version.description.toLowerCase().includes(query))
    .sort(versionOrder(ctx.query.get('orderBy')));
  const page = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= matching.length;
  const base = `${ctx.site.baseUrl}/rest/api/3/project/${encodeURIComponent(ctx.params['projectIdOrKey'] ?? project.key)}/version`;
  const rest = new URLSearchParams([...ctx.query].filter(([name]) => name !== 'startAt' && name !== 'maxResults')).toString();
  const url = (at: number) => `${base}?startAt=${at}&maxResults=${maxResults}${rest ? `&${rest}` : ''}`;
  const expand = expandOf(ctx);
  return ok({
    self: url(startAt),
    nextPage: isLast ? undefined : url(startAt + maxResults),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: page.map((version) => versionJson(ctx.site, version, expand)),
  });
};

export const versionRoutes: Array<[string, string, RouteHandler]> = [
  ['POST', '/rest/api/3/version', createVersion],
  ['GET', '/rest/api/3/version/{id}', getVersion],
  ['PUT', '/rest/api/3/version/{id}', updateVersion],
  ['GET', '/rest/api/3/version/{id}/relatedIssueCounts', relatedIssueCounts],
  ['GET', '/rest/api/3/version/{id}/unresolvedIssueCount', unresolvedIssueCount],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/versions', projectVersions],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/version', projectVersionsPaged],
];
