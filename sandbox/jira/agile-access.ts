/** Boards and sprints the caller may see, and the agile API's paging and issue lists. */
import { intParam } from './http/body';
import { notFound } from './http/jira-error';
import { ok } from './http/responses';
import type { RouteContext } from './http/route-context';
import { loadIssues, searchIssues } from './jql-search';
import { NAVIGABLE_FIELDS } from './model/catalog';
import { parseFieldList, selectFields } from './present/field-selection';
import { issueBeanJson, parseExpand } from './present/issue-bean';
import type { BoardRecord, IssueSummary, SprintRecord } from './store';
import type { EmulatorResponse } from './emulator-types';

export function agilePaging(ctx: RouteContext, defaultMax: number): { startAt: number; maxResults: number } {
  return {
    startAt: intParam(ctx.query.get('startAt'), 0, 'startAt'),
    maxResults: Math.max(1, Math.min(defaultMax, intParam(ctx.query.get('maxResults'), defaultMax, 'maxResults'))),
  };
}

export function visibleBoard(ctx: RouteContext, id: string | number | undefined): BoardRecord {
  const board = ctx.site.store.agile.board(Number(id));
  if (!board || !ctx.site.permissions.canBrowse(ctx.actor, board.projectId)) {
    throw notFound(`Board does not exist or you do not have permission to see it.`);
  }
  return board;
}

export function visibleSprint(ctx: RouteContext, id: string | undefined): SprintRecord {
  const sprint = ctx.site.store.agile.sprint(Number(id));
  const board = sprint ? ctx.site.store.agile.board(sprint.boardId) : undefined;
  if (!sprint || !board || !ctx.site.permissions.canBrowse(ctx.actor, board.projectId)) {
    throw notFound(`Sprint with id ${id ?? ''} does not exist or you do not have permission to see it.`);
  }
  return sprint;
}

/** Agile issue lists: optional extra JQL, paged by startAt, all navigable fields unless told otherwise. */
export function agileIssuePage(ctx: RouteContext, within: (issue: IssueSummary) => boolean): EmulatorResponse {
  const { startAt, maxResults } = agilePaging(ctx, 50);
  const jql = ctx.query.get('jql') ?? '';
  const issues = searchIssues(ctx.site, ctx.manifest, ctx.actor, jql, { requireBounded: false, within });
  const fields = selectFields(parseFieldList(ctx.query.getAll('fields')), NAVIGABLE_FIELDS);
  const expand = parseExpand(ctx.query.getAll('expand'));
  return ok({
    expand: 'schema,names',
    startAt,
    maxResults,
    total: issues.length,
    issues: loadIssues(ctx.site, issues.slice(startAt, startAt + maxResults)).map((issue) => issueBeanJson(ctx.site, issue, { fields, expand, properties: [] })),
  });
}
