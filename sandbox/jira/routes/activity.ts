/** Comments and worklogs on an issue. */
import { isAdfNode, textToAdf, type AdfNode } from '../adf-text';
import { bodyObject, intParam } from '../http/body';
import { badRequest, forbidden, notFound } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import { actingAccountId, type RouteContext, type RouteHandler } from '../http/route-context';
import { requirePermission, visibleIssue } from '../issue-access';
import { commentJson, worklogJson } from '../present/activity';
import { parseDuration } from '../present/format';
import { parseExpand } from '../present/issue-bean';

function page(ctx: RouteContext, defaultMax: number): { startAt: number; maxResults: number } {
  return {
    startAt: intParam(ctx.query.get('startAt'), 0, 'startAt'),
    maxResults: Math.max(1, Math.min(5000, intParam(ctx.query.get('maxResults'), defaultMax, 'maxResults'))),
  };
}

function adfBody(value: unknown, name: string): AdfNode {
  if (typeof value === 'string' && value.trim() !== '') return textToAdf(value);
  if (isAdfNode(value) && value.type === 'doc' && Array.isArray(value.content)) return value;
  throw badRequest('', { [name]: `The ${name} must be an Atlassian Document Format document.` });
}

const listComments: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const { startAt, maxResults } = page(ctx, 100);
  const rendered = parseExpand(ctx.query.getAll('expand')).has('renderedBody');
  let comments = ctx.site.store.activity.comments(issue.id);
  if (ctx.query.get('orderBy') === '-created') comments = comments.reverse();
  return ok({
    startAt,
    maxResults,
    total: comments.length,
    comments: comments.slice(startAt, startAt + maxResults).map((comment) => commentJson(ctx.site, issue.id, comment, rendered)),
  });
};

const getComment: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const comment = ctx.site.store.activity.comment(Number(ctx.params['id']));
  if (!comment || comment.issueId !== issue.id) throw notFound(`Can not find a comment for the id: ${ctx.params['id'] ?? ''}.`);
  return ok(commentJson(ctx.site, issue.id, comment, parseExpand(ctx.query.getAll('expand')).has('renderedBody')));
};

const addComment: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requirePermission(ctx, issue, 'ADD_COMMENTS', 'You do not have the permission to comment on this issue.');
  const body = adfBody(bodyObject(ctx.body)['body'], 'comment');
  const comment = ctx.site.store.activity.addComment(issue.id, actingAccountId(ctx), body, ctx.site.now().toISOString());
  return json(201, commentJson(ctx.site, issue.id, comment));
};

const deleteComment: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const comment = ctx.site.store.activity.comment(Number(ctx.params['id']));
  if (!comment || comment.issueId !== issue.id) throw notFound(`Can not find a comment for the id: ${ctx.params['id'] ?? ''}.`);
  const own = ctx.actor.kind === 'user' && comment.author === ctx.actor.accountId;
  if (!own && !ctx.site.permissions.has(ctx.actor, issue.projectId, 'ADMINISTER_PROJECTS')) {
    throw forbidden('You do not have the permission to delete this comment.');
  }
  ctx.site.store.activity.deleteComment(comment.id);
  return noContent();
};

const listWorklogs: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const { startAt, maxResults } = page(ctx, 5000);
  const worklogs = ctx.site.store.activity.worklogs(issue.id);
  return ok({ startAt, maxResults, total: worklogs.length, worklogs: worklogs.slice(startAt, startAt + maxResults).map((worklog) => worklogJson(ctx.site, worklog)) });
};

const addWorklog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requirePermission(ctx, issue, 'WORK_ON_ISSUES', 'You do not have the permission to log work on this issue.');
  const body = bodyObject(ctx.body);
  const seconds =
    typeof body['timeSpentSeconds'] === 'number' ? body['timeSpentSeconds'] : typeof body['timeSpent'] === 'string' ? parseDuration(body['timeSpent']) : null;
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) {
    throw badRequest('', { timeLogged: 'You must indicate the time spent working.' });
  }
  const now = ctx.site.now().toISOString();
  const startedText = typeof body['started'] === 'string' ? body['started'] : now;
  const started = new Date(startedText.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (Number.isNaN(started.getTime())) throw badRequest('', { started: 'The worklog start date is invalid.' });
  const worklog = ctx.site.store.activity.addWorklog({
    issueId: issue.id,
    author: actingAccountId(ctx),
    started: started.toISOString(),
    timeSpentSeconds: Math.round(seconds),
    comment: body['comment'] === undefined ? null : adfBody(body['comment'], 'comment'),
    created: now,
    updated: now,
  });
  return json(201, worklogJson(ctx.site, worklog));
};

export const activityRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/comment', listComments],
  ['POST', '/rest/api/3/issue/{issueIdOrKey}/comment', addComment],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', getComment],
  ['DELETE', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', deleteComment],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/worklog', listWorklogs],
  ['POST', '/rest/api/3/issue/{issueIdOrKey}/worklog', addWorklog],
];
