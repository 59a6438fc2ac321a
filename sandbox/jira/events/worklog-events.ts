/**
 * `avi:jira:created|updated|deleted:worklog`. Source: Forge events reference, Jira, "Issue worklog events"
 * (MIRROR events-reference/jira): the payload is `{eventType, worklog}`. The snapshot leaves out the Worklog
 * type reference, so the worklog is the REST Worklog with people as `{accountId}`, as every Forge Jira
 * payload gives users (the Issue events' `User` type); no `atlassianId` is listed for these events.
 */
import type { WorklogEvent } from '../emulator-types';
import type { RouteContext } from '../http/route-context';
import { formatDuration, jiraDateTime } from '../present/format';
import type { WorklogRecord } from '../store';

function user(accountId: string | null): { accountId: string } | undefined {
  return accountId === null ? undefined : { accountId };
}

export function worklogEventBody(worklog: WorklogRecord): Record<string, unknown> {
  return {
    id: String(worklog.id),
    issueId: String(worklog.issueId),
    author: user(worklog.author),
    updateAuthor: user(worklog.updateAuthor),
    comment: worklog.comment ?? undefined,
    created: jiraDateTime(worklog.created),
    updated: jiraDateTime(worklog.updated),
    started: jiraDateTime(worklog.started),
    timeSpent: formatDuration(worklog.timeSpentSeconds),
    timeSpentSeconds: worklog.timeSpentSeconds,
  };
}

export function emitWorklogEvent(ctx: RouteContext, action: 'created' | 'updated' | 'deleted', worklog: WorklogRecord): void {
  const event: WorklogEvent = {
    eventType: `avi:jira:${action}:worklog`,
    selfGenerated: ctx.fromApp,
    worklog: worklogEventBody(worklog),
    timestamp: ctx.site.now().getTime(),
  };
  ctx.emit(event);
}
