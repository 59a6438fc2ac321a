/**
 * Applying a change to an issue the way Jira does: diff into changelog items, bump `updated`,
 * save, and queue the `avi:jira:updated:issue` product event for after the commit.
 */
import { adfToText } from './adf-text';
import type { ChangelogItem, IssueEvent } from './emulator-types';
import { actingAccountId, type RouteContext } from './http/route-context';
import { NAVIGABLE_FIELDS, SPRINT_FIELD, STORY_POINTS_FIELD, priorityByNameOrId } from './model/catalog';
import { statusByName } from './model/workflow';
import { fieldValue } from './present/issue-fields';
import type { Site } from './present/site';
import type { ChangelogRecord, IssueRecord } from './store';

function item(field: string, fieldId: string | undefined, fieldtype: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): ChangelogItem {
  return fieldId === undefined ? { field, fieldtype, from, fromString, to, toString } : { field, fieldId, fieldtype, from, fromString, to, toString };
}

function versionName(site: Pick<Site, 'store'>, id: number): string {
  return site.store.versions.get(id)?.name ?? String(id);
}

/** Jira writes one "Fix Version" item per version removed (from) or added (to). */
function fixVersionItems(site: Pick<Site, 'store'>, before: number[], after: number[]): ChangelogItem[] {
  const removed = before.filter((id) => !after.includes(id));
  const added = after.filter((id) => !before.includes(id));
  return [
    ...removed.map((id) => item('Fix Version', 'fixVersions', 'jira', String(id), versionName(site, id), null, null)),
    ...added.map((id) => item('Fix Version', 'fixVersions', 'jira', null, null, String(id), versionName(site, id))),
  ];
}

/** Jira Cloud records a parent change as `IssueParentAssociation` (no fieldId), with issue ids and keys. */
function parentItem(site: Pick<Site, 'store'>, before: number | null, after: number | null): ChangelogItem {
  const keyOf = (id: number | null) => (id === null ? null : (site.store.issues.find(id)?.key ?? String(id)));
  return item('IssueParentAssociation', undefined, 'jira', before === null ? null : String(before), keyOf(before), after === null ? null : String(after), keyOf(after));
}

function displayName(site: Pick<Site, 'store'>, accountId: string | null): string | null {
  return accountId === null ? null : (site.store.directory.user(accountId)?.displayName ?? accountId);
}

function sprintNames(site: Pick<Site, 'store'>, ids: number[]): string | null {
  return ids.length > 0 ? ids.map((id) => site.store.agile.sprint(id)?.name ?? String(id)).join(', ') : null;
}

function numberText(value: number | null): string | null {
  return value === null ? null : String(value);
}

/** Changelog items between two versions of an issue, in Jira's field naming. */
export function diffIssues(site: Pick<Site, 'store'>, before: IssueRecord, after: IssueRecord): ChangelogItem[] {
  const items: ChangelogItem[] = [];
  if (before.summary !== after.summary) items.push(item('summary', 'summary', 'jira', null, before.summary, null, after.summary));
  const beforeText = before.description ? adfToText(before.description) : null;
  const afterText = after.description ? adfToText(after.description) : null;
  if (JSON.stringify(before.description) !== JSON.stringify(after.description)) {
    items.push(item('description', 'description', 'jira', null, beforeText, null, afterText));
  }
  if (before.status !== after.status) {
    items.push(item('status', 'status', 'jira', statusByName(before.status)?.id ?? null, before.status, statusByName(after.status)?.id ?? null, after.status));
  }
  if (Boolean(before.resolutiondate) !== Boolean(after.resolutiondate)) {
    items.push(after.resolutiondate ? item('resolution', 'resolution', 'jira', null, null, '10000', 'Done') : item('resolution', 'resolution', 'jira', '10000', 'Done', null, null));
  }
  if (before.assignee !== after.assignee) {
    items.push(item('assignee', 'assignee', 'jira', before.assignee, displayName(site, before.assignee), after.assignee, displayName(site, after.assignee)));
  }
  if (before.reporter !== after.reporter) {
    items.push(item('reporter', 'reporter', 'jira', before.reporter, displayName(site, before.reporter), after.reporter, displayName(site, after.reporter)));
  }
  if (before.priority !== after.priority) {
    const from = before.priority ? priorityByNameOrId(before.priority) : undefined;
    const to = after.priority ? priorityByNameOrId(after.priority) : undefined;
    items.push(item('priority', 'priority', 'jira', from?.id ?? null, from?.name ?? null, to?.id ?? null, to?.name ?? null));
  }
  if (before.issueType !== after.issueType) items.push(item('issuetype', 'issuetype', 'jira', null, before.issueType, null, after.issueType));
  if (before.labels.join(' ') !== after.labels.join(' ')) {
    items.push(item('labels', 'labels', 'jira', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null));
  }
  if (before.duedate !== after.duedate) {
    items.push(item('duedate', 'duedate', 'jira', before.duedate, before.duedate ? `${before.duedate} 00:00:00.0` : null, after.duedate, after.duedate ? `${after.duedate} 00:00:00.0` : null));
  }
  if (before.storyPoints !== after.storyPoints) {
    items.push(item('Story point estimate', STORY_POINTS_FIELD, 'custom', null, numberText(before.storyPoints), null, numberText(after.storyPoints)));
  }
  items.push(...fixVersionItems(site, before.fixVersionIds, after.fixVersionIds));
  if (before.parentId !== after.parentId) items.push(parentItem(site, before.parentId, after.parentId));
  if (before.sprintIds.join(',') !== after.sprintIds.join(',')) {
    items.push(item('Sprint', SPRINT_FIELD, 'custom', before.sprintIds.join(', ') || null, sprintNames(site, before.sprintIds), after.sprintIds.join(', ') || null, sprintNames(site, after.sprintIds)));
  }
  return items;
}

/** The issue as product events carry it: id, key and the navigable fields. */
export function eventIssue(site: Site, issue: IssueRecord): IssueEvent['issue'] {
  const fields: Record<string, unknown> = {};
  for (const field of NAVIGABLE_FIELDS) {
    if (field === 'issuelinks') continue;
    const value = fieldValue(site, issue, field);
    if (value !== undefined) fields[field] = value;
  }
  return { id: String(issue.id), key: issue.key, fields };
}

/**
 * Saves `after`, recording what changed. Answers the changelog entry, or null when nothing changed
 * (Jira then neither writes history nor fires an event).
 */
export function commitIssueChange(ctx: RouteContext, before: IssueRecord, after: IssueRecord): ChangelogRecord | null {
  const site = ctx.site;
  const items = diffIssues(site, before, after);
  if (items.length === 0) return null;
  const at = site.now().toISOString();
  const saved: IssueRecord = { ...after, updated: at };
  const author = actingAccountId(ctx);
  const history = site.store.transaction(() => {
    site.store.issues.save(saved);
    return site.store.activity.addChangelog(saved.id, author, at, items);
  });
  ctx.emit({
    eventType: 'avi:jira:updated:issue',
    selfGenerated: ctx.fromApp,
    atlassianId: author ?? undefined,
    issue: eventIssue(site, saved),
    changelog: { id: String(history.id), items },
    timestamp: site.now().getTime(),
  });
  return history;
}
