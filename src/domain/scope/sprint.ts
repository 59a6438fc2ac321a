import { z } from 'zod';
import { fail, ok, type Result } from '../criteria/result';
import { isBlank } from '../text';

export const SPRINT_STATES = ['future', 'active', 'closed'] as const;
export type SprintState = (typeof SPRINT_STATES)[number];

/** A Jira sprint as the Agile API gives it; dates are ISO 8601 instants. */
export interface Sprint {
  readonly id: number;
  readonly name: string;
  readonly state: SprintState;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly completeDate?: string | null;
}

export const sprintSchema = z.object({
  id: z.int().positive(),
  name: z.string(),
  state: z.enum(SPRINT_STATES),
  startDate: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
  completeDate: z.string().nullable().optional(),
});

/**
 * A sprint's goal as shown: the text the team wrote in Jira, trimmed; null when there is none or it holds
 * only spaces or invisible characters.
 */
export function sprintGoal(goal: string | null | undefined): string | null {
  return goal === null || goal === undefined || isBlank(goal) ? null : goal.trim();
}

/** The instants a sprint ledger is measured between. */
export interface SprintWindow {
  readonly startMs: number;
  /** The completion (a closed sprint) or `now` (an active sprint). */
  readonly completionMs: number;
  readonly completionIsNow: boolean;
}

export type SprintWindowError = 'sprint_not_started' | 'invalid_sprint';

/**
 * Start and completion of a sprint. A closed sprint ends at its completeDate (when someone pressed
 * "Complete sprint"), not its planned endDate, as Jira's sprint report does; an active sprint is measured
 * up to `nowMs`.
 */
export function sprintWindow(sprint: Sprint, nowMs: number | undefined): Result<SprintWindow, SprintWindowError> {
  if (sprint.state === 'future' || sprint.startDate === undefined || sprint.startDate === null) {
    return fail('sprint_not_started', `${sprint.name} has not started yet: a future sprint has no scope changes to report.`);
  }
  const startMs = Date.parse(sprint.startDate);
  if (Number.isNaN(startMs)) return fail('invalid_sprint', `${sprint.name} has an unreadable start date ${JSON.stringify(sprint.startDate)}.`);
  if (sprint.state === 'closed') {
    const completeMs = sprint.completeDate === undefined || sprint.completeDate === null ? Number.NaN : Date.parse(sprint.completeDate);
    if (Number.isNaN(completeMs)) return fail('invalid_sprint', `${sprint.name} is closed but has no readable completion date.`);
    if (completeMs < startMs) return fail('invalid_sprint', `${sprint.name} was completed before it started.`);
    return ok({ startMs, completionMs: completeMs, completionIsNow: false });
  }
  if (nowMs === undefined || !Number.isFinite(nowMs)) {
    return fail('invalid_sprint', `${sprint.name} is active: the current time is needed to measure it.`);
  }
  if (nowMs < startMs) return fail('invalid_sprint', `${sprint.name} is active but starts after the given current time.`);
  return ok({ startMs, completionMs: nowMs, completionIsNow: true });
}
