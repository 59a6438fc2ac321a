/** How the seed describes a demo ticket: what it says and where it sits in the plan. */
import type { DemoVersionName, SprintNumber } from './site-layout';

/** A ticket's way through ACC's sprints. */
export interface SprintPath {
  /**
   * The sprints it was in, in order: planned into the first the day before it started, carried into each
   * next one when the one before closed with the ticket unfinished.
   */
  sprints: readonly SprintNumber[];
  /** Added to the first sprint this many days after it started (scope added mid-sprint). */
  addedOnDay?: number;
  /** Taken out of the last sprint this many days after it started, back to the backlog. */
  removedOnDay?: number;
}

/** A sprint path, e.g. `inSprints(6, 7)` for a ticket carried over from sprint 6 into 7. */
export function inSprints(...sprints: SprintNumber[]): SprintPath {
  return { sprints };
}

/** `future`: planned into the next sprint two days ago; `backlog`: in no sprint. */
export type Placement = SprintPath | 'future' | 'backlog';

/** A stay in a sprint of a ticket that is otherwise in the backlog: in on `inDay`, out on `outDay` (days after the sprint started). */
export interface SprintVisit {
  sprint: SprintNumber;
  inDay: number;
  outDay: number;
}

export interface DemoTicket {
  /** Stable handle used for links ("blocks") and by tests; with the summary, unique per project. */
  ref: string;
  summary: string;
  type: 'Story' | 'Task' | 'Bug' | 'Epic';
  /** Story points; null leaves the ticket unestimated. */
  points: number | null;
  /** Markdown, converted to ADF; '' leaves the description empty. */
  description: string;
  placement: Placement;
  /** Final status; closed-sprint tickets are Done unless they were carried over or taken out. */
  status: 'To Do' | 'In Progress' | 'In Review' | 'Done';
  assignee?: string;
  priority?: 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';
  labels?: string[];
  /** Story points before a re-estimate during the sprint. */
  estimatedFirst?: number;
  /** Refs of tickets this one blocks. */
  blocks?: string[];
  /** Due date, in days from now (negative: already past). */
  duedateInDays?: number;
  /** Created this many days before now (default: shortly before it was planned). */
  createdDaysAgo?: number;
  /** For a ticket taken out of its sprint and then finished anyway: done this many days after it left. */
  doneDaysAfterRemoval?: number;
  /** Stays in sprints of a backlog ticket (moved in and out while the sprint ran). */
  visits?: readonly SprintVisit[];
  /** Work stopped right after it started: nothing happened to the ticket since. */
  stale?: boolean;
  /** The parent epic's ref; null for none; by default the epic of the ticket's first label (see epics.ts). */
  epic?: string | null;
  /** The fix version of a future or backlog ticket (sprint work gets one from its sprints, see releases.ts). */
  release?: DemoVersionName;
}
