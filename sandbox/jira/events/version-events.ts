/**
 * `avi:jira:created|updated|released|unreleased|archived|unarchived:version`. Source: Forge events reference,
 * Jira, "Project version events" (MIRROR events-reference/jira): `{eventType, version, atlassianId?}`. The
 * snapshot leaves out the Version type reference; the version is the REST Version bean (id as a string,
 * projectId as a number).
 */
import type { VersionEvent } from '../emulator-types';
import { actingAccountId, type RouteContext } from '../http/route-context';
import { isOverdue, versionUrl } from '../present/versions';
import type { VersionRecord } from '../store';

type VersionAction = 'created' | 'updated' | 'released' | 'unreleased' | 'archived' | 'unarchived';

export function versionEventBody(ctx: RouteContext, version: VersionRecord): Record<string, unknown> {
  return {
    self: versionUrl(ctx.site, version.id),
    id: String(version.id),
    name: version.name,
    description: version.description,
    archived: version.archived,
    released: version.released,
    overdue: isOverdue(ctx.site, version),
    startDate: version.startDate ?? undefined,
    releaseDate: version.releaseDate ?? undefined,
    projectId: version.projectId,
  };
}

export function emitVersionEvent(ctx: RouteContext, action: VersionAction, version: VersionRecord): void {
  const event: VersionEvent = {
    eventType: `avi:jira:${action}:version`,
    selfGenerated: ctx.fromApp,
    atlassianId: actingAccountId(ctx) ?? undefined,
    version: versionEventBody(ctx, version),
    timestamp: ctx.site.now().getTime(),
  };
  ctx.emit(event);
}

/**
 * The events one edit fires: one per state change (released, archived) and `updated` when anything else
 * changed. A release date set in the same edit as the release is part of releasing, not an update.
 */
export function versionEditActions(before: VersionRecord, after: VersionRecord): VersionAction[] {
  const actions: VersionAction[] = [];
  const releasing = before.released !== after.released;
  const other =
    before.name !== after.name ||
    before.description !== after.description ||
    before.startDate !== after.startDate ||
    (before.releaseDate !== after.releaseDate && !(releasing && after.released));
  if (other) actions.push('updated');
  if (releasing) actions.push(after.released ? 'released' : 'unreleased');
  if (before.archived !== after.archived) actions.push(after.archived ? 'archived' : 'unarchived');
  return actions;
}
