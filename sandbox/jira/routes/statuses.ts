/** The site's statuses: GET /status (StatusDetails, all of them) and GET /statuses/search (paged JiraStatus). */
import { intParam } from '../http/body';
import { ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { STATUSES, statusJson, type StatusCategoryKey } from '../model/workflow';

const SEARCH_PAGE = 200;

/** JiraStatus names the category by an enum rather than the category object. */
const CATEGORY_ENUM: Record<StatusCategoryKey, 'TODO' | 'IN_PROGRESS' | 'DONE'> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' };

const listStatuses: RouteHandler = (ctx) => ok(STATUSES.map((status) => statusJson(ctx.site.baseUrl, status.name)));

const searchStatuses: RouteHandler = (ctx) => {
  const startAt = intParam(ctx.query.get('startAt'), 0, 'startAt');
  const maxResults = Math.max(1, Math.min(SEARCH_PAGE, intParam(ctx.query.get('maxResults'), SEARCH_PAGE, 'maxResults')));
  const text = (ctx.query.get('searchString') ?? '').toLowerCase();
  const category = ctx.query.get('statusCategory')?.toUpperCase();
  // The sandbox's statuses are global: a projectId filter keeps them all.
  const matching = STATUSES.filter((status) => status.name.toLowerCase().includes(text)).filter((status) => !category || CATEGORY_ENUM[status.category] === category);
  const page = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= matching.length;
  const url = (at: number) => `${ctx.site.baseUrl}/rest/api/3/statuses/search?startAt=${at}&maxResults=${maxResults}`;
  return ok({
    self: url(startAt),
    nextPage: isLast ? undefined : url(startAt + maxResults),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: page.map((status) => ({ id: status.id, name: status.name, description: '', statusCategory: CATEGORY_ENUM[status.category], scope: { type: 'GLOBAL' } })),
  });
};

export const statusRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/status', listStatuses],
  ['GET', '/rest/api/3/statuses/search', searchStatuses],
];
