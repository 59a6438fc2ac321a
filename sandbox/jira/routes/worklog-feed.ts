/**
 * The site-wide worklog feeds: ids of worklogs updated or deleted since a time (1000 a page, oldest first,
 * leaving out the last minute before now, as Jira documents), and worklogs by id. A caller sees only the
 * worklogs of issues in projects it may browse.
 */
import { bodyObject, intParam } from '../http/body';
import { badRequest } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { parseExpand } from '../present/issue-bean';
import { worklogJson } from '../present/worklogs';

const PAGE_SIZE = 1000;
const MAX_IDS = 1000;
/** "This resource does not return worklogs updated during the minute preceding the request." */
const QUIET_MS = 60_000;
/** The latest instant a Date can hold; a larger `since` finds nothing rather than failing. */
const LATEST_MS = 8.64e15;

interface FeedItem {
  worklogId: number;
  time: number;
}

/**
 * The first page of a time-ordered feed. The next page starts after the page's last time (`since=until`),
 * so a page never ends inside a run of equal times: those items would be skipped. A page stops before such
 * a run, or, when one run alone is longer than a page, holds the whole run.
 */
export function feedPage(items: readonly FeedItem[], size: number): { page: FeedItem[]; lastPage: boolean } {
  if (items.length <= size) return { page: [...items], lastPage: true };
  const boundary = items[size - 1]!.time;
  if (items[size]!.time !== boundary) return { page: items.slice(0, size), lastPage: false };
  const runStart = items.findIndex((item) => item.time === boundary);
  if (runStart > 0) return { page: items.slice(0, runStart), lastPage: false };
  const runEnd = items.findIndex((item) => item.time !== boundary);
  return runEnd < 0 ? { page: [...items], lastPage: true } : { page: items.slice(0, runEnd), lastPage: false };
}

function feed(ctx: RouteContext, path: string, itemsBetween: (sinceMs: number, untilMs: number) => FeedItem[]) {
  const since = Math.min(LATEST_MS, intParam(ctx.query.get('since'), 0, 'since'));
  const expand = ctx.query.get('expand');
  const untilLimit = Math.max(since, ctx.site.now().getTime() - QUIET_MS);
  const { page, lastPage } = feedPage(itemsBetween(since, untilLimit), PAGE_SIZE);
  const until = page.length > 0 ? page[page.length - 1]!.time : since;
  const url = (from: number) => `${ctx.site.baseUrl}/rest/api/3/worklog/${path}?since=${from}${expand ? `&expand=${encodeURIComponent(expand)}` : ''}`;
  return ok({
    values: page.map((item) => ({ worklogId: item.worklogId, updatedTime: item.time, properties: [] })),
    since,
    until,
    self: url(since),
    // Jira's own example gives nextPage on the last page too: it is where the next sync starts.
    nextPage: url(until),
    lastPage,
  });
}

const updatedSince: RouteHandler = (ctx) => {
  const visible = ctx.site.permissions.browsableProjectIds(ctx.actor);
  const projectOf = new Map(ctx.site.store.issues.listSummaries().map((issue) => [issue.id, issue.projectId]));
  return feed(ctx, 'updated', (sinceMs, untilMs) =>
    ctx.site.store.worklogs
      .updatedBetween(sinceMs, untilMs)
      .filter((worklog) => visible.has(projectOf.get(worklog.issueId) ?? -1))
      .map((worklog) => ({ worklogId: worklog.id, time: Date.parse(worklog.updated) })),
  );
};

const deletedSince: RouteHandler = (ctx) => {
  const visible = ctx.site.permissions.browsableProjectIds(ctx.actor);
  return feed(ctx, 'deleted', (sinceMs, untilMs) =>
    ctx.site.store.worklogs
      .deletedBetween(sinceMs, untilMs)
      .filter((deletion) => visible.has(deletion.projectId))
      .map((deletion) => ({ worklogId: deletion.worklogId, time: deletion.deletedAt })),
  );
};

function worklogIds(body: unknown): number[] {
  const ids = bodyObject(body)['ids'];
  if (!Array.isArray(ids) || ids.length === 0) throw badRequest('The list of worklog ids must not be empty.');
  if (ids.length > MAX_IDS) throw badRequest(`The number of worklog ids in the request exceeds the limit of ${MAX_IDS}.`);
  if (ids.some((id) => typeof id !== 'number' || !Number.isInteger(id))) throw badRequest('Worklog ids must be integers.');
  return [...new Set(ids as number[])];
}

const worklogsById: RouteHandler = (ctx) => {
  const ids = worklogIds(ctx.body);
  const visible = ctx.site.permissions.browsableProjectIds(ctx.actor);
  const options = { properties: parseExpand(ctx.query.getAll('expand')).has('properties') };
  const worklogs = ids.flatMap((id) => {
    const worklog = ctx.site.store.worklogs.get(id);
    const issue = worklog ? ctx.site.store.issues.find(worklog.issueId) : undefined;
    // Worklogs the caller may not see are left out, as are ids that name no worklog.
    return worklog && issue && visible.has(issue.projectId) ? [worklogJson(ctx.site, worklog, options)] : [];
  });
  return ok(worklogs);
};

export const worklogFeedRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/worklog/updated', updatedSince],
  ['GET', '/rest/api/3/worklog/deleted', deletedSince],
  ['POST', '/rest/api/3/worklog/list', worklogsById],
];
