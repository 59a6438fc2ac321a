/** Jira Software boards (/rest/agile/1.0/board): list, one board, its configuration, sprints and backlog. */
import { agileIssuePage, agilePaging, visibleBoard } from '../agile-access';
import { stringList } from '../http/body';
import { ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { statusCategoryOf } from '../model/workflow';
import { boardJson, sprintJson } from '../present/agile';
import { boardConfigurationJson } from '../present/board-config';

const listBoards: RouteHandler = (ctx) => {
  const { startAt, maxResults } = agilePaging(ctx, 50);
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

const boardConfiguration: RouteHandler = (ctx) => ok(boardConfigurationJson(ctx.site, visibleBoard(ctx, ctx.params['boardId'])));

const boardSprints: RouteHandler = (ctx) => {
  const board = visibleBoard(ctx, ctx.params['boardId']);
  const { startAt, maxResults } = agilePaging(ctx, 50);
  const states = new Set(stringList(ctx.query.getAll('state')));
  const sprints = ctx.site.store.agile.sprints().filter((sprint) => sprint.boardId === board.id && (states.size === 0 || states.has(sprint.state)));
  const page = sprints.slice(startAt, startAt + maxResults);
  return ok({ maxResults, startAt, isLast: startAt + page.length >= sprints.length, values: page.map((sprint) => sprintJson(ctx.site, sprint)) });
};

const boardBacklog: RouteHandler = (ctx) => {
  const board = visibleBoard(ctx, ctx.params['boardId']);
  const sprints = new Map(ctx.site.store.agile.sprints().map((sprint) => [sprint.id, sprint.state]));
  // The backlog: open work of the board's project that is in no active or future sprint.
  return agileIssuePage(
    ctx,
    (issue) =>
      issue.projectId === board.projectId &&
      statusCategoryOf(issue.status) !== 'done' &&
      !issue.sprintIds.some((id) => sprints.get(id) === 'active' || sprints.get(id) === 'future'),
  );
};

export const agileRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/agile/1.0/board', listBoards],
  ['GET', '/rest/agile/1.0/board/{boardId}', getBoard],
  ['GET', '/rest/agile/1.0/board/{boardId}/configuration', boardConfiguration],
  ['GET', '/rest/agile/1.0/board/{boardId}/sprint', boardSprints],
  ['GET', '/rest/agile/1.0/board/{boardId}/backlog', boardBacklog],
];
