/**
 * Readiness of a sprint's tickets: the sprint action "Check readiness" and the project page "Risk & scope"
 * use the same resolvers.
 */
import { z } from 'zod';
import type { SprintReadinessSummary, TicketReadiness } from '../domain/readiness-summary/summarize-sprint';

export interface SprintOption {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate: string | null;
}

export interface SprintReadinessView {
  sprint: SprintOption | null;
  /** Sprints of the project's boards the page can switch to (active and future). */
  sprints: SprintOption[];
  summary: SprintReadinessSummary;
  tickets: TicketReadiness[];
  threshold: number;
  /** Results stored by this call (a check writes only what changed); null for a read. */
  written: number | null;
  /** True when the sprint has more tickets than one view shows (the first 500 by key are shown). */
  truncated: boolean;
}

export const sprintReadinessPayloads = {
  /** The sprint's readiness as of now, without storing it (the next future sprint when sprintId is omitted). */
  getSprintReadiness: z.strictObject({ sprintId: z.int().positive().optional() }),
  /** Checks every ticket of the sprint now and stores what changed. */
  checkSprintReadiness: z.strictObject({ sprintId: z.int().positive().optional() }),
} as const;

export type SprintReadinessPayloads = { [K in keyof typeof sprintReadinessPayloads]: z.input<(typeof sprintReadinessPayloads)[K]> };
