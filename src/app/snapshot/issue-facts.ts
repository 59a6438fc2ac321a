import { numberFieldValue, sprintFieldValue, type ChangelogEntry, type JiraIssue, type JiraWorklog } from '../../ports/jira';
import type { ChangeFact, IssueFact, PersonRef, StatusCategoryKey, WorklogFact } from './facts';
import { STATUS_CATEGORIES } from './facts';

/** Which fields carry what on this site: the sprint field, and the board's estimate field (null: counts issues). */
export interface SnapshotFieldIds {
  sprint: string;
  estimate: string | null;
}

/** The fields the snapshot asks Jira for: exactly what the facts below read. */
export function snapshotFields(ids: SnapshotFieldIds, withWorklogs: boolean): string[] {
  const fields = ['summary', 'issuetype', 'status', 'created', 'updated', 'resolutiondate', 'duedate', 'assignee', 'parent', 'fixVersions', 'issuelinks', 'timespent', ids.sprint];
  if (ids.estimate) fields.push(ids.estimate);
  if (withWorklogs) fields.push('worklog');
  return [...new Set(fields)];
}

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

function category(key: string | undefined): StatusCategoryKey {
  return STATUS_CATEGORIES.find((c) => c === key) ?? 'undefined';
}

function person(user: { accountId: string } | null | undefined): PersonRef | null {
  return user ? { accountId: user.accountId } : null;
}

const isEpic = (type: { name: string; hierarchyLevel?: number } | undefined) => type?.hierarchyLevel === 1 || type?.name.toLowerCase() === 'epic';

/** The facts of one issue read with `snapshotFields`; the epic of a subtask is filled in by `linkEpics`. */
export function issueFact(issue: JiraIssue, ids: SnapshotFieldIds): IssueFact {
  const f = issue.fields;
  const parent = f.parent;
  const blockedBy = (f.issuelinks ?? []).flatMap((link) => {
    const other = link.inwardIssue;
    if (!other || link.type.inward !== 'is blocked by') return [];
    const status = other.fields?.status;
    return status?.statusCategory?.key === 'done' ? [] : [{ key: other.key, statusName: status?.name ?? 'unknown' }];
  });
  const spent = f['timespent'];
  return {
    id: issue.id,
    key: issue.key,
    summary: f.summary ?? '',
    type: f.issuetype?.name ?? 'Issue',
    statusId: f.status?.id ?? '',
    statusName: f.status?.name ?? '',
    category: category(f.status?.statusCategory?.key),
    createdMs: ms(f.created) ?? 0,
    updatedMs: ms(f.updated) ?? 0,
    resolvedMs: ms(f.resolutiondate),
    dueDate: f.duedate ?? null,
    assignee: person(f.assignee),
    parentKey: parent?.key ?? null,
    epicKey: parent && isEpic(parent.fields?.issuetype) ? parent.key : null,
    estimate: ids.estimate ? numberFieldValue(f[ids.estimate]) : null,
    sprintIds: sprintFieldValue(f[ids.sprint]).map((s) => s.id),
    fixVersionIds: (f.fixVersions ?? []).map((v) => v.id),
    blockedBy,
    timeSpentSeconds: typeof spent === 'number' && Number.isFinite(spent) ? spent : 0,
  };
}

/** A subtask's epic is its parent story's epic. */
export function linkEpics(issues: IssueFact[]): void {
  const byKey = new Map(issues.map((i) => [i.key, i]));
  for (const issue of issues) {
    if (issue.epicKey !== null || issue.parentKey === null) continue;
    const parent = byKey.get(issue.parentKey);
    if (parent && parent.type.toLowerCase() !== 'epic') issue.epicKey = parent.epicKey;
  }
}

/** The changes the snapshot follows, from an issue's changelog (the sprint, the estimate, the status, the versions). */
export function changeFacts(histories: readonly ChangelogEntry[], ids: SnapshotFieldIds): ChangeFact[] {
  const facts: ChangeFact[] = [];
  for (const entry of histories) {
    const atMs = ms(entry.created);
    if (atMs === null) continue;
    const by = person(entry.author);
    for (const item of entry.items) {
      const id = item.fieldId ?? '';
      if (id === ids.sprint || (id === '' && item.field === 'Sprint')) facts.push({ atMs, by, field: 'sprint', from: item.from, to: item.to });
      // Estimates are numbers written as text in fromString/toString.
      else if (ids.estimate !== null && id === ids.estimate) facts.push({ atMs, by, field: 'estimate', from: item.fromString, to: item.toString });
      else if (id === 'status') facts.push({ atMs, by, field: 'status', from: item.from, to: item.to });
      else if (id === 'fixVersions') facts.push({ atMs, by, field: 'fixVersions', from: item.from, to: item.to });
    }
  }
  return facts.sort((a, b) => a.atMs - b.atMs);
}

export function worklogFact(worklog: JiraWorklog): WorklogFact | null {
  const startedMs = ms(worklog.started);
  if (startedMs === null || !worklog.author) return null;
  return { id: worklog.id, issueId: worklog.issueId, accountId: worklog.author.accountId, startedMs, seconds: worklog.timeSpentSeconds };
}
