/**
 * `avi:jira-software:created|started|updated|closed|deleted:sprint`. Source: Forge events reference, Jira
 * Software, "Sprint events" (MIRROR events-reference/jira-software): `{eventType, sprint, oldValue?,
 * atlassianId?}`, one payload for all five; the Sprint type there has string ids and `createDate`, and
 * `oldValue` (updated only) holds the changed fields' previous values.
 */
import type { SprintEvent } from '../emulator-types';
import { actingAccountId, type RouteContext } from '../http/route-context';
import { jiraDateTime } from '../present/format';
import type { SprintRecord } from '../store';

type SprintAction = 'created' | 'started' | 'updated' | 'closed' | 'deleted';

export function sprintEventBody(sprint: SprintRecord): Record<string, unknown> {
  return {
    id: String(sprint.id),
    originBoardId: String(sprint.boardId),
    name: sprint.name,
    goal: sprint.goal === '' ? undefined : sprint.goal,
    state: sprint.state,
    createDate: jiraDateTime(sprint.createdDate),
    startDate: jiraDateTime(sprint.startDate) ?? undefined,
    endDate: jiraDateTime(sprint.endDate) ?? undefined,
    completeDate: jiraDateTime(sprint.completeDate) ?? undefined,
  };
}

/**
 * The fields of `before` that `after` changed, by their event names (the updated event's `oldValue`). Dates
 * set while starting a sprint are part of starting it, not an update.
 */
function changedFields(before: SprintRecord, after: SprintRecord): Record<string, unknown> | null {
  const old = sprintEventBody(before);
  const now = sprintEventBody(after);
  const changed: Record<string, unknown> = {};
  const fields = before.state === after.state ? ['name', 'goal', 'startDate', 'endDate'] : ['name', 'goal'];
  for (const key of fields) if (old[key] !== now[key]) changed[key] = old[key];
  return Object.keys(changed).length > 0 ? changed : null;
}

function emit(ctx: RouteContext, action: SprintAction, sprint: SprintRecord, oldValue?: Record<string, unknown>): void {
  const event: SprintEvent = {
    eventType: `avi:jira-software:${action}:sprint`,
    selfGenerated: ctx.fromApp,
    atlassianId: actingAccountId(ctx) ?? undefined,
    sprint: sprintEventBody(sprint),
    ...(oldValue ? { oldValue } : {}),
    timestamp: ctx.site.now().getTime(),
  };
  ctx.emit(event);
}

export function emitSprintEvent(ctx: RouteContext, action: 'created' | 'deleted', sprint: SprintRecord): void {
  emit(ctx, action, sprint);
}

/** An edit fires `updated` (with oldValue) for changed fields, and `started` or `closed` for a state change. */
export function emitSprintEditEvents(ctx: RouteContext, before: SprintRecord, after: SprintRecord): void {
  const changed = changedFields(before, after);
  if (changed) emit(ctx, 'updated', after, changed);
  if (before.state !== after.state) emit(ctx, after.state === 'active' ? 'started' : 'closed', after);
}
