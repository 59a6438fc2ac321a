/**
 * Sprints (/rest/agile/1.0/sprint): read, create, edit (partial POST and full PUT; starting and closing a
 * sprint is an edit of its state), delete, its issues, and moving issues into it. Changing sprints needs
 * Manage sprints in the board's project; every change fires its Jira Software sprint event.
 *
 * Closing follows Jira: the sprint keeps every issue it had (closed sprints stay in the Sprint field), and
 * unfinished issues, having no open sprint left, are back in the backlog. A client that moves them on (the
 * Jira UI's "move open issues to") then adds them to the next sprint, which writes `Sprint: A -> A, B`.
 */
import { agileIssuePage, visibleBoard, visibleSprint } from '../agile-access';
import { emitSprintEditEvents, emitSprintEvent } from '../events/sprint-events';
import { bodyObject, stringList } from '../http/body';
import { badRequest, forbidden } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { commitIssueChange } from '../issue-changes';
import { withSprint } from '../issue-fields-input';
import { requirePermission } from '../issue-access';
import { sprintJson } from '../present/agile';
import { sprintChanges, type SprintChanges } from '../sprint-input';
import type { SprintRecord } from '../store';

const MAX_MOVE = 50;

function requireManageSprints(ctx: RouteContext, sprint: Pick<SprintRecord, 'boardId'>): void {
  const board = ctx.site.store.agile.board(sprint.boardId);
  if (!board || !ctx.site.permissions.has(ctx.actor, board.projectId, 'MANAGE_SPRINTS_PERMISSION')) {
    throw forbidden('You do not have permission to manage sprints of this board.');
  }
}

/** The sprint after an edit, or a 400 naming the rule it breaks (the agile API's notes on updates). */
function edited(ctx: RouteContext, sprint: SprintRecord, changes: SprintChanges): SprintRecord {
  if (sprint.state === 'closed') throw badRequest('Sprints that are in a closed state cannot be updated.');
  const { state, ...fields } = changes;
  const next: SprintRecord = { ...sprint, ...fields };
  if (state === undefined || state === sprint.state) return next;
  if (sprint.state === 'future' && state === 'active') {
    if (!next.startDate || !next.endDate) throw badRequest('A sprint can only be started with a start date and an end date.');
    const active = ctx.site.store.agile.sprints().find((other) => other.boardId === sprint.boardId && other.state === 'active');
    // Parallel sprints are a board feature that is off by default.
    if (active) throw badRequest(`The sprint cannot be started: '${active.name}' is already active on this board.`);
    return { ...next, state: 'active' };
  }
  if (sprint.state === 'active' && state === 'closed') return { ...next, state: 'closed', completeDate: ctx.site.now().toISOString() };
  throw badRequest(`A sprint cannot go from '${sprint.state}' to '${state}'.`);
}

function update(ctx: RouteContext, full: boolean) {
  const sprint = visibleSprint(ctx, ctx.params['sprintId']);
  requireManageSprints(ctx, sprint);
  const next = edited(ctx, sprint, sprintChanges(bodyObject(ctx.body ?? {}), full));
  ctx.site.store.agile.saveSprint(next);
  emitSprintEditEvents(ctx, sprint, next);
  return ok(sprintJson(ctx.site, next));
}

const getSprint: RouteHandler = (ctx) => ok(sprintJson(ctx.site, visibleSprint(ctx, ctx.params['sprintId'])));

const createSprint: RouteHandler = (ctx) => {
  const body = bodyObject(ctx.body);
  if (body['originBoardId'] === undefined) throw badRequest('originBoardId is required.');
  const board = visibleBoard(ctx, Number(body['originBoardId']));
  if (board.type !== 'scrum') throw badRequest('Sprints can only be created on scrum boards.');
  requireManageSprints(ctx, { boardId: board.id });
  const changes = sprintChanges({ ...body, name: body['name'] ?? '' }, false);
  if (changes.state !== undefined) throw badRequest('A new sprint is always a future sprint.');
  const store = ctx.site.store;
  const sprint: SprintRecord = store.transaction(() => {
    const created: SprintRecord = {
      id: store.agile.nextSprintId(),
      boardId: board.id,
      name: changes.name ?? '',
      state: 'future',
      goal: changes.goal ?? '',
      startDate: changes.startDate ?? null,
      endDate: changes.endDate ?? null,
      completeDate: null,
      createdDate: ctx.site.now().toISOString(),
    };
    store.agile.saveSprint(created);
    return created;
  });
  emitSprintEvent(ctx, 'created', sprint);
  return json(201, sprintJson(ctx.site, sprint));
};

const partialUpdate: RouteHandler = (ctx) => update(ctx, false);
const fullUpdate: RouteHandler = (ctx) => update(ctx, true);

/** Deleting a sprint takes it out of every issue's Sprint field (open issues are back in the backlog). */
const deleteSprint: RouteHandler = (ctx) => {
  const sprint = visibleSprint(ctx, ctx.params['sprintId']);
  requireManageSprints(ctx, sprint);
  const store = ctx.site.store;
  store.transaction(() => {
    for (const issue of store.issues.list()) {
      if (issue.sprintIds.includes(sprint.id)) commitIssueChange(ctx, issue, { ...issue, sprintIds: issue.sprintIds.filter((id) => id !== sprint.id) });
    }
    store.agile.deleteSprint(sprint.id);
  });
  emitSprintEvent(ctx, 'deleted', sprint);
  return noContent();
};

const sprintIssues: RouteHandler = (ctx) => {
  const sprint = visibleSprint(ctx, ctx.params['sprintId']);
  return agileIssuePage(ctx, (issue) => issue.sprintIds.includes(sprint.id));
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

export const sprintRoutes: Array<[string, string, RouteHandler]> = [
  ['POST', '/rest/agile/1.0/sprint', createSprint],
  ['GET', '/rest/agile/1.0/sprint/{sprintId}', getSprint],
  ['POST', '/rest/agile/1.0/sprint/{sprintId}', partialUpdate],
  ['PUT', '/rest/agile/1.0/sprint/{sprintId}', fullUpdate],
  ['DELETE', '/rest/agile/1.0/sprint/{sprintId}', deleteSprint],
  ['GET', '/rest/agile/1.0/sprint/{sprintId}/issue', sprintIssues],
  ['POST', '/rest/agile/1.0/sprint/{sprintId}/issue', moveToSprint],
];
