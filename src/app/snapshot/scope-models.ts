import type { SprintScopeSummary } from '../../contract/project-page';
import { sprintGoal, sprintScope, type ScopeEntry, type ScopeEvidence, type ScopeIssue, type SprintScope } from '../../domain/scope';
import type { CollectedFacts } from './collect';
import type { StoredEvidenceTicket, StoredLedger } from './read-models';
import type { SnapshotSetup } from './setup';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The ledger's view of an issue: its current values and its changes of sprint, estimate and status. */
function scopeIssues(facts: CollectedFacts): ScopeIssue[] {
  return facts.issues.map((issue) => ({
    id: issue.id,
    key: issue.key,
    summary: issue.summary,
    createdMs: issue.createdMs,
    current: { sprintIds: issue.sprintIds, estimate: issue.estimate, statusId: issue.statusId },
    changes: (facts.changes[issue.id] ?? []).flatMap((c) => (c.field === 'fixVersions' ? [] : [{ atMs: c.atMs, by: c.by, field: c.field, from: c.from, to: c.to }])),
  }));
}

function describe(evidence: ScopeEvidence, statusNames: Record<string, string>): string {
  switch (evidence.kind) {
    case 'sprint':
      return evidence.effect === 'added' ? 'Added to the sprint' : 'Removed from the sprint';
    case 'estimate':
      return `Estimate ${evidence.from ?? 'none'} → ${evidence.to ?? 'none'}`;
    case 'status':
      return `Status ${statusNames[evidence.from ?? ''] ?? evidence.from ?? 'none'} → ${statusNames[evidence.to ?? ''] ?? evidence.to ?? 'none'}${evidence.done ? ' (done)' : ''}`;
    case 'created':
      return 'Created in the sprint';
  }
}

function ticket(entry: ScopeEntry, points: number | null, statusNames: Record<string, string>): StoredEvidenceTicket {
  return {
    key: entry.key,
    summary: entry.summary,
    points,
    events: entry.evidence.map((e) => ({
      at: new Date(e.atMs).toISOString(),
      by: 'by' in e && e.by ? { accountId: e.by.accountId } : null,
      what: describe(e, statusNames),
    })),
  };
}

function summary(scope: SprintScope, goal: string | null, dates: Pick<SprintScopeSummary, 'startDate' | 'endDate' | 'completeDate'>): SprintScopeSummary {
  return {
    id: scope.sprint.id,
    name: scope.sprint.name,
    state: scope.sprint.state === 'active' ? 'active' : 'closed',
    goal: sprintGoal(goal),
    ...dates,
    points: { ...scope.points },
    counts: {
      committed: scope.committed.length,
      added: scope.added.length,
      removed: scope.removed.length,
      completed: scope.completed.length,
      notCompleted: scope.notCompleted.length,
      reEstimated: scope.reEstimated.length,
    },
    velocity: scope.velocity,
    churn: scope.churn,
  };
}

/** Every active and closed sprint's ledger with Jira's sprint-report rules, newest sprint first. */
export function buildScope(setup: SnapshotSetup, facts: CollectedFacts, nowMs: number): { summaries: SprintScopeSummary[]; ledgers: StoredLedger[]; scopes: SprintScope[] } {
  const issues = scopeIssues(facts);
  const done = Object.entries(setup.statusCategories).filter(([, c]) => c === 'done').map(([id]) => id);
  const ledgers: StoredLedger[] = [];
  const summaries: SprintScopeSummary[] = [];
  const scopes: SprintScope[] = [];
  const started = setup.sprints.filter((s) => s.state !== 'future' && s.startMs !== null).sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0));
  for (const sprint of started) {
    // Only issues that ever named the sprint can be in its ledger.
    const mentions = String(sprint.id);
    const relevant = issues.filter((i) => i.current.sprintIds.includes(sprint.id) || i.changes.some((c) => c.field === 'sprint' && `${c.from ?? ''},${c.to ?? ''}`.split(/[,\s]+/u).includes(mentions)));
    const result = sprintScope(
      { id: sprint.id, name: sprint.name, state: sprint.state, startDate: iso(sprint.startMs), endDate: iso(sprint.endMs), completeDate: iso(sprint.completeMs) },
      relevant,
      { estimateMode: setup.estimateMode === 'points' ? 'field' : 'issueCount', doneStatusIds: done, nowMs },
    );
    if (!result.ok) {
      console.warn(`No scope ledger for ${sprint.name}: ${result.error.message}`);
      continue;
    }
    const scope = result.value;
    const head = summary(scope, sprint.goal, { startDate: iso(sprint.startMs), endDate: iso(sprint.endMs), completeDate: iso(sprint.completeMs) });
    const pick = (keep: (e: ScopeEntry) => boolean, points: (e: ScopeEntry) => number | null) =>
      scope.entries.filter(keep).map((e) => ticket(e, points(e), setup.statusNames));
    scopes.push(scope);
    summaries.push(head);
    ledgers.push({
      ...head,
      estimate: setup.estimateMode,
      committed: pick((e) => e.committed, (e) => e.points.atStart),
      added: pick((e) => e.added, (e) => e.points.whenAdded),
      removed: pick((e) => e.outcome === 'removed', (e) => e.points.whenRemoved),
      reEstimated: scope.entries
        .filter((e) => e.reEstimates.length > 0)
        .map((e) => ({ ...ticket(e, e.points.atCompletion, setup.statusNames), from: e.reEstimates[0]!.from, to: e.reEstimates.at(-1)!.to })),
      completed: pick((e) => e.outcome === 'completed', (e) => e.points.atCompletion),
      notCompleted: pick((e) => e.outcome === 'notCompleted', (e) => e.points.atCompletion),
      unestimated: [...scope.unestimated],
    });
  }
  return { summaries, ledgers, scopes };
}
