/**
 * One issue's worklogs: list (paged, by started time), read, add, update, delete. Adding, changing and
 * deleting fire the worklog product events and adjust the remaining estimate as `adjustEstimate` says;
 * a deletion is remembered for `/worklog/deleted`. Jira answers a missing permission here with 400.
 */
import { isAdfNode, textToAdf, type AdfNode } from '../adf-text';
import { emitWorklogEvent } from '../events/worklog-events';
import { bodyObject, intParam } from '../http/body';
import { badRequest, notFound } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import { actingAccountId, type RouteContext, type RouteHandler } from '../http/route-context';
import { visibleIssue } from '../issue-access';
import { parseDuration } from '../present/format';
import { parseExpand } from '../present/issue-bean';
import { worklogJson } from '../present/worklogs';
import type { IssueRecord, WorklogRecord } from '../store';

const MAX_PAGE = 5000;

function withProperties(ctx: RouteContext): { properties: boolean } {
  return { properties: parseExpand(ctx.query.getAll('expand')).has('properties') };
}

/** Jira's 400 for a missing worklog permission (the worklog routes document no 403). */
function requireWorklogPermission(ctx: RouteContext, issue: IssueRecord, permission: string, message: string): void {
  if (!ctx.site.permissions.has(ctx.actor, issue.projectId, permission)) throw badRequest(message);
}

function ownOrAll(ctx: RouteContext, worklog: WorklogRecord): 'OWN' | 'ALL' {
  return ctx.actor.kind === 'user' && worklog.author === ctx.actor.accountId ? 'OWN' : 'ALL';
}

function visibleWorklog(ctx: RouteContext, issue: IssueRecord): WorklogRecord {
  const id = ctx.params['id'] ?? '';
  const worklog = /^\d+$/.test(id) ? ctx.site.store.worklogs.get(Number(id)) : undefined;
  if (!worklog || worklog.issueId !== issue.id) throw notFound(`Cannot find worklog with id: '${id}'.`);
  return worklog;
}

function adfComment(value: unknown): AdfNode {
  if (typeof value === 'string' && value.trim() !== '') return textToAdf(value);
  if (isAdfNode(value) && value.type === 'doc' && Array.isArray(value.content)) return value;
  throw badRequest('', { comment: 'The comment must be an Atlassian Document Format document.' });
}

/** timeSpentSeconds or timeSpent (never both), as a positive number of seconds; undefined when neither is given. */
function timeSpentOf(body: Record<string, unknown>): number | undefined {
  const seconds = body['timeSpentSeconds'];
  const text = body['timeSpent'];
  if (seconds !== undefined && text !== undefined) throw badRequest('', { timeLogged: 'Provide either timeSpent or timeSpentSeconds, not both.' });
  if (seconds === undefined && text === undefined) return undefined;
  const value = typeof seconds === 'number' ? seconds : typeof text === 'string' ? parseDuration(text) : null;
  if (value === null || !Number.isFinite(value) || value <= 0) throw badRequest('', { timeLogged: 'You must indicate the time spent working.' });
  return Math.round(value);
}

/** `2021-01-17T12:34:00.000+0000` (Jira's form) or any ISO date-time. */
function startedOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const started = typeof value === 'string' ? new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : new Date(Number.NaN);
  if (Number.isNaN(started.getTime())) throw badRequest('', { started: 'The worklog start date is invalid.' });
  return started.toISOString();
}

function durationParam(ctx: RouteContext, name: string, when: string): number {
  const raw = ctx.query.get(name);
  const seconds = raw === null ? null : parseDuration(raw);
  if (seconds === null) throw badRequest('', { [name]: `You must supply a valid ${name} when adjustEstimate is '${when}'.` });
  return seconds;
}

/**
 * The remaining estimate after logging `delta` seconds (negative when time is taken back), per
 * adjustEstimate: auto moves it by the time logged, leave keeps it, new sets it, manual moves it by
 * `manualParam`. An issue without a remaining estimate keeps none under auto, as in Jira.
 */
function adjustedRemaining(ctx: RouteContext, issue: IssueRecord, delta: number, manualParam: 'reduceBy' | 'increaseBy' | null): number | null {
  const mode = ctx.query.get('adjustEstimate') ?? 'auto';
  const remaining = issue.remainingEstimateSeconds;
  switch (mode) {
    case 'leave':
      return remaining;
    case 'new':
      return durationParam(ctx, 'newEstimate', 'new');
    case 'manual': {
      if (manualParam === null) throw badRequest(`The value 'manual' is invalid for the adjustEstimate parameter.`);
      const amount = durationParam(ctx, manualParam, 'manual');
      return Math.max(0, (remaining ?? 0) + (manualParam === 'reduceBy' ? -amount : amount));
    }
    case 'auto':
      return remaining === null ? null : Math.max(0, remaining - delta);
    default:
      throw badRequest(`The value '${mode}' is invalid for the adjustEstimate parameter.`);
  }
}

/** Logging work changes the issue's `updated` and its remaining estimate (Jira writes no history the sandbox keeps for it). */
function touchIssue(ctx: RouteContext, issue: IssueRecord, remaining: number | null, at: string): void {
  ctx.site.store.issues.save({ ...issue, remainingEstimateSeconds: remaining, updated: at });
}

const listWorklogs: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(MAX_PAGE, intParam(ctx.query.get('maxResults'), MAX_PAGE, 'maxResults')));
  const after = ctx.query.get('startedAfter');
  const before = ctx.query.get('startedBefore');
  const afterMs = after === null ? null : intParam(after, 0, 'startedAfter');
  const beforeMs = before === null ? null : intParam(before, 0, 'startedBefore');
  // "started on or after" startedAfter, and before startedBefore.
  const worklogs = ctx.site.store.worklogs.ofIssue(issue.id).filter((worklog) => {
    const started = Date.parse(worklog.started);
    return (afterMs === null || started >= afterMs) && (beforeMs === null || started < beforeMs);
  });
  const options = withProperties(ctx);
  return ok({ startAt, maxResults, total: worklogs.length, worklogs: worklogs.slice(startAt, startAt + maxResults).map((worklog) => worklogJson(ctx.site, worklog, options)) });
};

const getWorklog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  return ok(worklogJson(ctx.site, visibleWorklog(ctx, issue), withProperties(ctx)));
};

const addWorklog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requireWorklogPermission(ctx, issue, 'WORK_ON_ISSUES', 'You do not have the permission to log work on this issue.');
  const body = bodyObject(ctx.body);
  const seconds = timeSpentOf(body);
  if (seconds === undefined) throw badRequest('', { timeLogged: 'You must indicate the time spent working.' });
  const now = ctx.site.now().toISOString();
  const remaining = adjustedRemaining(ctx, issue, seconds, 'reduceBy');
  const author = actingAccountId(ctx);
  const worklog = ctx.site.store.transaction(() => {
    const added = ctx.site.store.worklogs.add({
      issueId: issue.id,
      author,
      updateAuthor: author,
      started: startedOf(body['started']) ?? now,
      timeSpentSeconds: seconds,
      comment: body['comment'] === undefined ? null : adfComment(body['comment']),
      created: now,
      updated: now,
    });
    touchIssue(ctx, issue, remaining, now);
    return added;
  });
  emitWorklogEvent(ctx, 'created', worklog);
  return json(201, worklogJson(ctx.site, worklog, withProperties(ctx)));
};

const updateWorklog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const worklog = visibleWorklog(ctx, issue);
  requireWorklogPermission(ctx, issue, `EDIT_${ownOrAll(ctx, worklog)}_WORKLOGS`, 'You do not have the permission to edit this worklog.');
  const body = bodyObject(ctx.body);
  const seconds = timeSpentOf(body) ?? worklog.timeSpentSeconds;
  if (ctx.query.get('adjustEstimate') === 'manual') throw badRequest(`The value 'manual' is invalid for the adjustEstimate parameter.`);
  const remaining = adjustedRemaining(ctx, issue, seconds - worklog.timeSpentSeconds, null);
  const now = ctx.site.now().toISOString();
  const updated: WorklogRecord = {
    ...worklog,
    updateAuthor: actingAccountId(ctx),
    started: startedOf(body['started']) ?? worklog.started,
    timeSpentSeconds: seconds,
    comment: body['comment'] === undefined ? worklog.comment : body['comment'] === null ? null : adfComment(body['comment']),
    updated: now,
  };
  ctx.site.store.transaction(() => {
    ctx.site.store.worklogs.save(updated);
    touchIssue(ctx, issue, remaining, now);
  });
  emitWorklogEvent(ctx, 'updated', updated);
  return ok(worklogJson(ctx.site, updated, withProperties(ctx)));
};

const deleteWorklog: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const worklog = visibleWorklog(ctx, issue);
  requireWorklogPermission(ctx, issue, `DELETE_${ownOrAll(ctx, worklog)}_WORKLOGS`, 'You do not have the permission to delete this worklog.');
  // Taking logged time back: auto gives it back to the remaining estimate (Jira's behaviour).
  const remaining = adjustedRemaining(ctx, issue, -worklog.timeSpentSeconds, 'increaseBy');
  const now = ctx.site.now();
  ctx.site.store.transaction(() => {
    ctx.site.store.worklogs.delete(worklog, issue.projectId, now.getTime());
    touchIssue(ctx, issue, remaining, now.toISOString());
  });
  emitWorklogEvent(ctx, 'deleted', worklog);
  return noContent();
};

export const worklogRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/worklog', listWorklogs],
  ['POST', '/rest/api/3/issue/{issueIdOrKey}/worklog', addWorklog],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/worklog/{id}', getWorklog],
  ['PUT', '/rest/api/3/issue/{issueIdOrKey}/worklog/{id}', updateWorklog],
  ['DELETE', '/rest/api/3/issue/{issueIdOrKey}/worklog/{id}', deleteWorklog],
];
