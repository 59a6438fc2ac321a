import type { SprintScope } from '../scope';
import type { ActiveScopeFact } from './detection-facts';

/** The active sprint's scope numbers as the scope-added detector reads them, from the sprint's ledger. */
export function scopeFactsOf(scope: SprintScope): ActiveScopeFact {
  return {
    sprintId: scope.sprint.id,
    committedPoints: scope.points.committed,
    addedPoints: scope.points.added,
    added: scope.entries
      .filter((e) => e.added)
      .map((e) => ({ key: e.key, summary: e.summary, points: e.points.whenAdded, addedAtMs: e.addedAtMs })),
  };
}
