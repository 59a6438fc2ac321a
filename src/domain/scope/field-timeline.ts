import { fail, ok, type Result } from '../criteria/result';
import { parseEstimate, parseSprintIds } from './changelog-values';
import type { ChangeAuthor, ScopeIssue } from './scope-issue';

export interface TimedChange<T> {
  readonly atMs: number;
  readonly by: ChangeAuthor | null;
  readonly from: T;
  readonly to: T;
}

/** One field of one issue over time: its changes in time order, and the value it has now. */
export interface Timeline<T> {
  readonly createdMs: number;
  readonly current: T;
  readonly changes: readonly TimedChange<T>[];
}

export interface IssueTimelines {
  readonly sprint: Timeline<readonly number[]>;
  readonly estimate: Timeline<number | null>;
  readonly status: Timeline<string | null>;
}

/**
 * The value of a field at instant `t`: after every change at or before `t`; before the first change, that
 * change's `from`; with no changes, the current value; before the issue existed, `none`.
 */
export function valueAt<T>(timeline: Timeline<T>, t: number, none: T): T {
  if (t < timeline.createdMs) return none;
  const first = timeline.changes[0];
  if (first === undefined) return timeline.current;
  // null is a value here (no estimate), so "no change yet" is told by position, not by a missing value.
  let value = first.atMs <= t ? first.to : first.from;
  for (const change of timeline.changes) {
    if (change.atMs > t) break;
    value = change.to;
  }
  return value;
}

/** Reads an issue's changelog into typed timelines (in time order; equal times keep the changelog's order). */
export function issueTimelines(issue: ScopeIssue): Result<IssueTimelines, 'invalid_change'> {
  const ordered = [...issue.changes].sort((a, b) => a.atMs - b.atMs);
  const sprint: TimedChange<readonly number[]>[] = [];
  const estimate: TimedChange<number | null>[] = [];
  const status: TimedChange<string | null>[] = [];
  for (const change of ordered) {
    if (!Number.isFinite(change.atMs)) return fail('invalid_change', `${issue.key}: a change has no readable time.`);
    if (change.field === 'sprint') {
      const values = parsedPair(parseSprintIds, change, issue.key);
      if (!values.ok) return values;
      sprint.push({ atMs: change.atMs, by: change.by, ...values.value });
    } else if (change.field === 'estimate') {
      const values = parsedPair(parseEstimate, change, issue.key);
      if (!values.ok) return values;
      estimate.push({ atMs: change.atMs, by: change.by, ...values.value });
    } else {
      status.push({ atMs: change.atMs, by: change.by, from: change.from, to: change.to });
    }
  }
  return ok({
    sprint: { createdMs: issue.createdMs, current: issue.current.sprintIds, changes: sprint },
    estimate: { createdMs: issue.createdMs, current: issue.current.estimate, changes: estimate },
    status: { createdMs: issue.createdMs, current: issue.current.statusId, changes: status },
  });
}

function parsedPair<T>(
  parse: (raw: string | null) => Result<T, 'invalid_change'>,
  change: { readonly from: string | null; readonly to: string | null },
  key: string,
): Result<{ from: T; to: T }, 'invalid_change'> {
  const from = parse(change.from);
  if (!from.ok) return fail('invalid_change', `${key}: ${from.error.message}`);
  const to = parse(change.to);
  if (!to.ok) return fail('invalid_change', `${key}: ${to.error.message}`);
  return ok({ from: from.value, to: to.value });
}
