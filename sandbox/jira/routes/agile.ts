/** Jira Software: boards, sprints, sprint issues and the backlog (/rest/agile/1.0). */
import { bodyObject, intParam, stringList } from '../http/body';
import { badRequest, notFound } from '../http/jira-error';
import { noContent, ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { commitIssueChange } from '../issue-changes';
import { withSprint } from '../issue-fields-input';
import { requirePermission } from '../issue-access';
import { loadIssues, searchIssues } from '../jql-search';
import { NAVIGABLE_FIELDS } from '../model/catalog';
import { statusCategoryOf } from '../model/workflow';
import { boardJson, sprintJson } from '../present/agile';
import { parseFieldList, selectFields } from '../present/field-selection';
import { issueBeanJson, parseExpand } from '../present/issue-bean';
import type { BoardRecord, IssueSummary, SprintRecord } from '../store';

const MAX_MOVE = 50;

function paging(ctx: RouteContext, defaultMax: number): { startAt: number; maxResults: number } {
  return {
    startAt: intParam(ctx.query.get('startAt'), 0, 'startAt'),
    maxResults: Math.max(1, Math.min(defaultMax, intParam(ctx.query.get('maxResults'), defaultMax, 'maxResults'))),
  };
}

function visibleBoard(ctx: RouteContext, id: string | undefined): BoardRecord {
  const board = ctx.site.store.agile.board(Number(id));
  if (!board || !ctx.site.permissions.canBrowse(ctx.actor, board.projectId)) {
    throw notFound(`Board does not exist or you do not have permission to see it.`);
  }
  return board;
}

function visibleSprint(ctx: RouteContext, id: string | undefined): SprintRecord {
  const sprint = ctx.site.store.agile.sprint(Number(id));
  const board = sprint ? ctx.site.store.agile.board(sprint.boardId) : undefined;
  if (!sprint || !board || !ctx.site.permissions.canBrowse(ctx.actor, board.projectId)) {
    throw notFound(`Sprint with id ${id ?? ''} does not exist or you do not have permission to see it.`);
  }
  return sprint;
}

/** Agile issue lists: optional extra JQL, paged by startAt, all navigable fields unless told otherwise. */
function issuePage(ctx: RouteContext, within: (issue: IssueSummary) => boolean) {
  const { startAt, maxResults } = paging(ctx, 50);
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

const listBoards: RouteHandler = (ctx) => {
  const { startAt, maxResults } = paging(ctx, 50);
  const projectRef = ctx.query.get('projectKeyOrId');
  const project = projectRef ? ctx.site.store.directory.project(projectRef) : undefined;
  const boards = ctx.site.store.agile
    .boards()
    .filter((board) => ctx.site.permissions.canBrowse(ctx.actor, board.projectId))
    .filter((board) => !projectRef || board.projectId === project?.id);
  const page = boards.slice(startAt, startAt + maxResults);
  return ok({ maxResults, startAt, total: boards.length, isLast: startAt + page.length >= boards.length, values: page.map((board) => boardJson(ctx.site, board)) });
};

const getBoard: RouteHandler = (ctx) => ok(boardJson(ctx.site, visibleBoard(ctx, ctx.params['boardId'])));

const boardSprints: RouteHandler = (ctx) => {
  const board = visibleBoard(ctx, ctx.params['boardId']);
  const { startAt, maxResults } = paging(ctx, 50);
  const states = new Set(stringList(ctx.query.getAll('state')));
  const sprints = ctx.site.store.agile.sprints().filter((sprint) => sprint.boardId === board.id && (states.size === 0 || states.has(sprint.state)));
  const page = sprints.slice(startAt, startAt + maxResults);
  return ok({ maxResults, startAt, isLast: startAt + page.length >= sprints.length, values: page.map((sprint) => sprintJson(ctx.site, sprint)) });
};

const getSprint: RouteHandler = (ctx) => ok(sprintJson(ctx.site, visibleSprint(ctx, ctx.params['sprintId'])));

const sprintIssues: RouteHandler = (ctx) => {
  const sprint = visibleSprint(ctx, ctx.params['sprintId']);
  return issuePage(ctx, (issue) => issue.sprintIds.includes(sprint.id));
};

const boardBacklog: RouteHandler = (ctx) => {
  const board = visibleBoard(ctx, ctx.params['boardId']);
  const sprints = new Map(ctx.site.store.agile.sprints().map((sprint) => [sprint.id, sprint.state]));
  // The backlog: open work of the board's project that is in no active or future sprint.
  return issuePage(
    ctx,
    (issue) =>
      issue.projectId === board.projectId &&
      statusCategoryOf(issue.status) !== 'done' &&
      !issue.sprintIds.some((id) => sprints.get(id) === 'active' || sprints.get(id) === 'future'),
  );
};

const moveToSprint: RouteHandler = (ctx) => {
  const sprint = visibleSprint(ctx, ctx.params['sprintId']);
  if (sprint.state === 'closed') throw badRequest('Issues cannot be moved to a closed sprint.');
  const keys = stringList(bodyObject(ctx.body)['issues']);
  if (keys.length === 0 || keys.length > MAX_MOVE) throw badRequest(`Between 1 and ${MAX_MOVE} issues can be moved at once.`);
  const issues = keys.map((key) => {
    const issue = ctx.site.store.issues.find(key);
    if (!issue || !ctx.site.permissions.canBrowse(ctx.actor, issue.projectId)) throw badRequest(`Issue '${key}' does not exist or you do not have permission to see it.`);
    requirePermission(ctx, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    return issue;
  });
  for (const issue of issues) commitIssueChange(ctx, issue, { ...issue, sprintIds: withSprint(ctx.site, issue.sprintIds, sprint.id) });
  return noContent();
};

export const agileRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/agile/1.0/board', listBoards],
  ['GET', '/rest/agile/1.0/board/{boardId}', getBoard],
  ['GET', '/rest/agile/1.0/board/{boardId}/sprint', boardSprints],
  ['GET', '/rest/agile/1.0/board/{boardId}/backlog', boardBacklog],
  ['GET', '/rest/agile/1.0/sprint/{sprintId}', getSprint],
  ['GET', '/rest/agile/1.0/sprint/{sprintId}/issue', sprintIssues],
  ['POST', '/rest/agile/1.0/sprint/{sprintId}/issue', moveToSprint],
];
