/** Comments on an issue (worklogs: worklogs.ts). */
import { isAdfNode, textToAdf, type AdfNode } from '../adf-text';
import { bodyObject, intParam } from '../http/body';
import { badRequest, forbidden, notFound } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import { actingAccountId, type RouteContext, type RouteHandler } from '../http/route-context';
import { requirePermission, visibleIssue } from '../issue-access';
import { commentJson } from '../present/activity';
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

export const activityRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/comment', listComments],
  ['POST', '/rest/api/3/issue/{issueIdOrKey}/comment', addComment],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', getComment],
  ['DELETE', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', deleteComment],
];
