import type { SprintScope } from './sprint-scope';

export interface VelocityRow {
  readonly sprintId: number;
  readonly sprintName: string;
  readonly state: SprintScope['sprint']['state'];
  readonly committed: number;
  readonly completed: number;
  readonly churn: number | null;
  /** The completed issues behind `completed`. */
  readonly completedKeys: readonly string[];
}

export interface Velocity {
  /** In sprint start order. */
  readonly sprints: readonly VelocityRow[];
  /** Mean completed points of the closed sprints (an active sprint is not finished); null without any. */
  readonly meanCompleted: number | null;
}

/** Velocity (completed points) and scope churn per sprint, from their ledgers. */
export function velocity(scopes: readonly SprintScope[]): Velocity {
  const sprints = [...scopes]
    .sort((a, b) => a.sprint.startMs - b.sprint.startMs)
    .map((s) => ({
      sprintId: s.sprint.id,
      sprintName: s.sprint.name,
      state: s.sprint.state,
      committed: s.points.committed,
      completed: s.points.completed,
      churn: s.churn,
      completedKeys: s.completed,
    }));
  const closed = sprints.filter((s) => s.state === 'closed');
  const meanCompleted = closed.length === 0 ? null : Math.round((closed.reduce((sum, s) => sum + s.completed, 0) / closed.length) * 100) / 100;
  return { sprints, meanCompleted };
}
