/** /rest/api/3/issue: read, create, edit, delete, and the issue's changelog. */
import { bodyObject, intParam, optionalObject } from '../http/body';
import { JiraHttpError, forbidden } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import { actingAccountId, type RouteContext, type RouteHandler } from '../http/route-context';
import { applyFieldInput } from '../issue-fields-input';
import { eventIssue, commitIssueChange } from '../issue-changes';
import { requirePermission, visibleIssue } from '../issue-access';
import { ALL_FIELDS, issueTypeById, issueTypeByName } from '../model/catalog';
import { STATUSES } from '../model/workflow';
import { changelogJson } from '../present/activity';
import { parseFieldList, selectFields } from '../present/field-selection';
import { issueBeanJson, parseExpand } from '../present/issue-bean';
import type { IssueRecord } from '../store';

const getIssue: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const fields = selectFields(parseFieldList(ctx.query.getAll('fields')), ALL_FIELDS);
  return ok(
    issueBeanJson(ctx.site, issue, {
      fields,
      expand: parseExpand(ctx.query.getAll('expand')),
      properties: parseFieldList(ctx.query.getAll('properties')),
    }),
  );
};

const editIssue: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requirePermission(ctx, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
  const body = bodyObject(ctx.body ?? {});
  const next = applyFieldInput(ctx.site, issue, body);
  if (next.assignee !== issue.assignee) {
    requirePermission(ctx, issue, 'ASSIGN_ISSUES', 'You do not have permission to assign issues in this project.');
  }
  commitIssueChange(ctx, issue, next);
  return noContent();
};

function projectFrom(ctx: RouteContext, fields: Record<string, unknown>) {
  const ref = optionalObject(fields['project']);
  const idOrKey = ref?.['id'] ?? ref?.['key'];
  const project = typeof idOrKey === 'string' || typeof idOrKey === 'number' ? ctx.site.store.directory.project(idOrKey) : undefined;
  if (!project || !ctx.site.permissions.canBrowse(ctx.actor, project.id)) {
    throw new JiraHttpError(400, [], { project: 'Specify a valid project ID or key' });
  }
  return project;
}

function issueTypeFrom(fields: Record<string, unknown>) {
  const ref = optionalObject(fields['issuetype']);
  const type =
    typeof ref?.['id'] === 'string' ? issueTypeById(ref['id']) : typeof ref?.['name'] === 'string' ? issueTypeByName(ref['name']) : undefined;
  if (!type) throw new JiraHttpError(400, [], { issuetype: 'Specify an issue type' });
  return type;
}

const createIssue: RouteHandler = (ctx) => {
  const body = bodyObject(ctx.body);
  const fields = optionalObject(body['fields']);
  if (!fields) throw new JiraHttpError(400, [], { project: 'Specify a valid project ID or key', issuetype: 'Specify an issue type' });
  const project = projectFrom(ctx, fields);
  const type = issueTypeFrom(fields);
  if (!ctx.site.permissions.has(ctx.actor, project.id, 'CREATE_ISSUES')) {
    throw forbidden('You do not have permission to create issues in this project.');
  }
  if (typeof fields['summary'] !== 'string' || fields['summary'].trim() === '') {
    throw new JiraHttpError(400, [], { summary: 'You must specify a summary of the issue.' });
  }
  const store = ctx.site.store;
  const at = ctx.site.now().toISOString();
  const author = actingAccountId(ctx);
  const blank: IssueRecord = {
    id: 0, key: '', projectId: project.id, issueType: type.name, summary: '', description: null,
    status: STATUSES[0]?.name ?? 'To Do', assignee: null, reporter: author, priority: 'Medium', labels: [],
    duedate: null, created: at, updated: at, resolutiondate: null, storyPoints: null, sprintIds: [],
    originalEstimateSeconds: null, remainingEstimateSeconds: null, fixVersionIds: [], parentId: null,
  };
  const filled = applyFieldInput(ctx.site, blank, body);
  const issue = store.transaction(() => {
    const created: IssueRecord = { ...filled, id: store.issues.nextId(), key: `${project.key}-${store.directory.takeIssueNumber(project.id)}` };
    store.issues.save(created);
    return created;
  });
  ctx.emit({
    eventType: 'avi:jira:created:issue',
    selfGenerated: ctx.fromApp,
    atlassianId: author ?? undefined,
    issue: eventIssue(ctx.site, issue),
    timestamp: ctx.site.now().getTime(),
  });
  return json(201, { id: String(issue.id), key: issue.key, self: `${ctx.site.baseUrl}/rest/api/3/issue/${issue.id}` });
};

const deleteIssue: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requirePermission(ctx, issue, 'DELETE_ISSUES', 'You do not have permission to delete issues in this project.');
  const event = eventIssue(ctx.site, issue);
  const store = ctx.site.store;
  const at = ctx.site.now();
  store.transaction(() => {
    // The issue's worklogs go with it; /worklog/deleted lists them (no worklog events: Jira sends no cascading events).
    for (const worklog of store.worklogs.ofIssue(issue.id)) store.worklogs.delete(worklog, issue.projectId, at.getTime());
    for (const child of store.issues.list(issue.projectId)) {
      if (child.parentId === issue.id) store.issues.save({ ...child, parentId: null, updated: at.toISOString() });
    }
    store.issues.delete(issue.id);
  });
  const author = actingAccountId(ctx);
  ctx.emit({ eventType: 'avi:jira:deleted:issue', selfGenerated: ctx.fromApp, atlassianId: author ?? undefined, issue: event, timestamp: ctx.site.now().getTime() });
  return noContent();
};

const getChangelog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.min(100, Math.max(1, intParam(ctx.query.get('maxResults'), 100, 'maxResults')));
  const histories = ctx.site.store.activity.changelogs(issue.id);
  const page = histories.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= histories.length;
  const self = `${ctx.site.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt}&maxResults=${maxResults}`;
  return ok({
    self,
    nextPage: isLast ? undefined : `${ctx.site.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: histories.length,
    isLast,
    values: page.map((history) => changelogJson(ctx.site, history)),
  });
};

export const issueRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}', getIssue],
  ['PUT', '/rest/api/3/issue/{issueIdOrKey}', editIssue],
  ['POST', '/rest/api/3/issue', createIssue],
  ['DELETE', '/rest/api/3/issue/{issueIdOrKey}', deleteIssue],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', getChangelog],
];
