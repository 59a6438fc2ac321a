import { ok, type Result } from '../criteria/result';
import { compareKeys } from '../text/issue-key';
import { issueTimelines, valueAt, type IssueTimelines, type TimedChange } from './field-timeline';
import type { ChangeAuthor, ScopeIssue } from './scope-issue';
import { sprintWindow, type Sprint, type SprintState, type SprintWindow, type SprintWindowError } from './sprint';

/** Story points from the estimate field, or every issue counting 1. */
export type EstimateMode = 'field' | 'issueCount';

export interface ScopeOptions {
  readonly estimateMode: EstimateMode;
  readonly doneStatusIds: Iterable<string>;
  /** Required for an active sprint: it is measured up to now. */
  readonly nowMs?: number;
}

/** A changelog entry (or the issue's creation) behind a ledger entry: who, when, what. */
export type ScopeEvidence =
  | {
      readonly kind: 'sprint';
      readonly atMs: number;
      readonly by: ChangeAuthor | null;
      readonly from: readonly number[];
      readonly to: readonly number[];
      /** What the change did to this sprint's scope. */
      readonly effect: 'added' | 'removed';
    }
  | { readonly kind: 'estimate'; readonly atMs: number; readonly by: ChangeAuthor | null; readonly from: number | null; readonly to: number | null }
  | {
      readonly kind: 'status';
      readonly atMs: number;
      readonly by: ChangeAuthor | null;
      readonly from: string | null;
      readonly to: string | null;
      readonly done: boolean;
    }
  /** The issue was in the sprint from its creation (no Sprint change put it there). */
  | { readonly kind: 'created'; readonly atMs: number };

export type ScopeOutcome = 'completed' | 'notCompleted' | 'removed';

export interface ReEstimate {
  readonly atMs: number;
  readonly by: ChangeAuthor | null;
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * One issue's part in a sprint. `committed` and `added` exclude each other; `outcome` says where it ended.
 * Estimates are null where a moment does not apply (not committed: no `atStart`) or the issue had no estimate
 * then (see SprintScope.unestimated); in issueCount mode every applicable moment counts 1.
 */
export interface ScopeEntry {
  readonly issueId: string;
  readonly key: string;
  readonly summary: string;
  readonly committed: boolean;
  readonly added: boolean;
  readonly outcome: ScopeOutcome;
  readonly addedAtMs: number | null;
  readonly removedAtMs: number | null;
  readonly points: {
    readonly atStart: number | null;
    readonly whenAdded: number | null;
    readonly whenRemoved: number | null;
    readonly atCompletion: number | null;
  };
  readonly statusAtCompletion: string | null;
  readonly reEstimates: readonly ReEstimate[];
  readonly evidence: readonly ScopeEvidence[];
}

export interface ScopePoints {
  readonly committed: number;
  readonly added: number;
  readonly removed: number;
  readonly completed: number;
  readonly notCompleted: number;
}

/** A sprint's scope ledger, with Jira's sprint-report rules; keys are in issue-key order. */
export interface SprintScope {
  readonly sprint: { readonly id: number; readonly name: string; readonly state: SprintState } & SprintWindow;
  readonly estimateMode: EstimateMode;
  readonly entries: readonly ScopeEntry[];
  readonly committed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly completed: readonly string[];
  readonly notCompleted: readonly string[];
  readonly reEstimated: readonly string[];
  readonly points: ScopePoints;
  /** Issues that had no estimate at a moment they count (field mode only): their points count 0. */
  readonly unestimated: readonly string[];
  /** Completed points. */
  readonly velocity: number;
  /** (added + removed) / committed points, 3 decimals; null when nothing was committed. */
  readonly churn: number | null;
}

export type ScopeError = SprintWindowError | 'invalid_change';

/**
 * The scope ledger of one sprint from the issues' changelogs. An issue is in the sprint at instant t when
 * its Sprint value at t lists the sprint (see valueAt). Committed: in at the start (a change at the start
 * instant counts). Added: not in at the start, in later. Removed: in after the start, not at completion.
 * Completed / not completed: in at completion, with / without a done status then. A change after
 * completion changes nothing. Issues that never were in the sprint between start and completion are left out.
 */
export function sprintScope(sprint: Sprint, issues: readonly ScopeIssue[], options: ScopeOptions): Result<SprintScope, ScopeError> {
  const window = sprintWindow(sprint, options.nowMs);
  if (!window.ok) return window;
  const done = new Set(options.doneStatusIds);
  const entries: ScopeEntry[] = [];
  const unestimated = new Set<string>();
  for (const issue of [...issues].sort((a, b) => compareKeys(a.key, b.key))) {
    const timelines = issueTimelines(issue);
    if (!timelines.ok) return timelines;
    const entry = ledgerEntry(issue, timelines.value, sprint.id, window.value, done, options.estimateMode);
    if (entry === null) continue;
    entries.push(entry.entry);
    if (entry.unestimated) unestimated.add(issue.key);
  }
  const keys = (keep: (e: ScopeEntry) => boolean): string[] => entries.filter(keep).map((e) => e.key);
  const sum = (keep: (e: ScopeEntry) => boolean, points: (e: ScopeEntry) => number | null): number =>
    round(entries.filter(keep).reduce((total, e) => total + (points(e) ?? 0), 0), 2);
  const points: ScopePoints = {
    committed: sum((e) => e.committed, (e) => e.points.atStart),
    added: sum((e) => e.added, (e) => e.points.whenAdded),
    removed: sum((e) => e.outcome === 'removed', (e) => e.points.whenRemoved),
    completed: sum((e) => e.outcome === 'completed', (e) => e.points.atCompletion),
    notCompleted: sum((e) => e.outcome === 'notCompleted', (e) => e.points.atCompletion),
  };
  return ok({
    sprint: { id: sprint.id, name: sprint.name, state: sprint.state, ...window.value },
    estimateMode: options.estimateMode,
    entries,
    committed: keys((e) => e.committed),
    added: keys((e) => e.added),
    removed: keys((e) => e.outcome === 'removed'),
    completed: keys((e) => e.outcome === 'completed'),
    notCompleted: keys((e) => e.outcome === 'notCompleted'),
    reEstimated: keys((e) => e.reEstimates.length > 0),
    points,
    unestimated: [...unestimated],
    velocity: points.completed,
    churn: points.committed > 0 ? round((points.added + points.removed) / points.committed, 3) : null,
  });
}

function ledgerEntry(
  issue: ScopeIssue,
  timelines: IssueTimelines,
  sprintId: number,
  window: SprintWindow,
  done: ReadonlySet<string>,
  mode: EstimateMode,
): { entry: ScopeEntry; unestimated: boolean } | null {
  const { startMs, completionMs } = window;
  const inSprint = (t: number): boolean => valueAt(timelines.sprint, t, []).includes(sprintId);
  const estimateAt = (t: number): number | null => (mode === 'issueCount' ? 1 : valueAt(timelines.estimate, t, null));
  const membership = timelines.sprint.changes.filter((c) => c.from.includes(sprintId) !== c.to.includes(sprintId));

  const committed = inSprint(startMs);
  // Membership only changes where a Sprint change happens, or where the issue comes into existence.
  const moments = [...new Set([issue.createdMs, ...timelines.sprint.changes.map((c) => c.atMs)])]
    .filter((t) => t > startMs && t <= completionMs)
    .sort((a, b) => a - b);
  let previous = committed;
  let everIn = committed;
  let addedAtMs: number | null = null;
  let removedAtMs: number | null = null;
  for (const t of moments) {
    const now = inSprint(t);
    if (now && !previous && !committed && addedAtMs === null) addedAtMs = t;
    if (!now && previous) removedAtMs = t;
    everIn ||= now;
    previous = now;
  }
  if (!everIn) return null;

  const inAtCompletion = inSprint(completionMs);
  const statusAtCompletion = inAtCompletion ? valueAt(timelines.status, completionMs, null) : null;
  const outcome: ScopeOutcome = !inAtCompletion ? 'removed' : statusAtCompletion !== null && done.has(statusAtCompletion) ? 'completed' : 'notCompleted';
  const added = addedAtMs !== null;
  const points = {
    atStart: committed ? estimateAt(startMs) : null,
    whenAdded: addedAtMs !== null ? estimateAt(addedAtMs) : null,
    whenRemoved: outcome === 'removed' && removedAtMs !== null ? estimateAt(removedAtMs) : null,
    atCompletion: inAtCompletion ? estimateAt(completionMs) : null,
  };
  const unestimated =
    mode === 'field' &&
    ((committed && points.atStart === null) ||
      (added && points.whenAdded === null) ||
      (outcome === 'removed' && points.whenRemoved === null) ||
      (inAtCompletion && points.atCompletion === null));

  const reEstimates: ReEstimate[] = timelines.estimate.changes
    .filter((c) => c.atMs > startMs && c.atMs <= completionMs && c.from !== c.to && inSprint(c.atMs))
    .map((c) => ({ atMs: c.atMs, by: c.by, from: c.from, to: c.to }));

  const evidence: ScopeEvidence[] = [];
  const beforeStart = membership.filter((c) => c.atMs <= startMs).at(-1);
  if (committed && beforeStart !== undefined) evidence.push(sprintEvidence(beforeStart, sprintId));
  for (const change of membership) if (change.atMs > startMs && change.atMs <= completionMs) evidence.push(sprintEvidence(change, sprintId));
  if (inSprint(issue.createdMs) && issue.createdMs <= completionMs && (beforeStart === undefined || !committed)) {
    evidence.push({ kind: 'created', atMs: issue.createdMs });
  }
  for (const change of reEstimates) evidence.push({ kind: 'estimate', ...change });
  const lastStatus = timelines.status.changes.filter((c) => c.atMs <= completionMs).at(-1);
  if (inAtCompletion && lastStatus !== undefined) {
    evidence.push({ kind: 'status', ...lastStatus, done: lastStatus.to !== null && done.has(lastStatus.to) });
  }
  evidence.sort((a, b) => a.atMs - b.atMs);

  return {
    entry: {
      issueId: issue.id,
      key: issue.key,
      summary: issue.summary,
      committed,
      added,
      outcome,
      addedAtMs,
      removedAtMs: outcome === 'removed' ? removedAtMs : null,
      points,
      statusAtCompletion,
      reEstimates,
      evidence,
    },
    unestimated,
  };
}

function sprintEvidence(change: TimedChange<readonly number[]>, sprintId: number): ScopeEvidence {
  return { kind: 'sprint', atMs: change.atMs, by: change.by, from: change.from, to: change.to, effect: change.to.includes(sprintId) ? 'added' : 'removed' };
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
