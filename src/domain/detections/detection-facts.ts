import { z } from 'zod';
import { raidItemSchema, type RaidItem } from '../raid';
import type { StatusCategory } from '../readiness/types';
import { SIGNOFF_STATES, type SignoffState } from '../signoff/signoff';
import { isLocalDate, type LocalDate } from '../weeks';

/**
 * The plain facts the detectors read. The caller (the project snapshot) reduces Jira's data and Accord's
 * records to these; the detectors never fetch anything.
 */

/** What the Definition of Ready check said about a ticket. */
export interface ReadinessFact {
  readonly score: number;
  readonly ready: boolean;
  /** Check ids that failed, "ac.missing" ... */
  readonly failedChecks: readonly string[];
}

/** An "is blocked by" link to an issue that was unresolved when the facts were read. */
export interface BlockerFact {
  readonly key: string;
  readonly statusName: string;
}

export interface TicketFact {
  readonly key: string;
  readonly summary: string;
  /** The issue type's name: "Story", "Bug", "Sub-task" ... */
  readonly type: string;
  readonly statusName: string;
  readonly statusCategory: StatusCategory;
  readonly dueDate: LocalDate | null;
  /** Last update of any kind (Jira's `updated`), epoch ms. */
  readonly updatedMs: number;
  /** When the ticket was resolved (Jira's `resolutiondate`), epoch ms; null while unresolved. */
  readonly resolvedMs: number | null;
  /** Story points; null when unestimated. */
  readonly estimate: number | null;
  readonly sprintIds: readonly number[];
  readonly blockedBy: readonly BlockerFact[];
  /** The sign-off record's state; null when Accord keeps no record for the ticket. */
  readonly signoffState: SignoffState | null;
  /** The last readiness check; null when the ticket was never checked. */
  readonly readiness: ReadinessFact | null;
}

export interface SprintFact {
  readonly id: number;
  readonly name: string;
  /** Epoch ms; null for a future sprint without dates. */
  readonly startMs: number | null;
  readonly endMs: number | null;
}

/** A ticket added to the active sprint after it started, as the scope ledger found it. */
export interface AddedTicketFact {
  readonly key: string;
  readonly summary: string;
  /** Points when added (1 per ticket when the board counts issues); null when unestimated. */
  readonly points: number | null;
  readonly addedAtMs: number | null;
}

/** The active sprint's scope in points (see scopeFactsOf for reading them off the ledger). */
export interface ActiveScopeFact {
  readonly sprintId: number;
  readonly committedPoints: number;
  readonly addedPoints: number;
  readonly added: readonly AddedTicketFact[];
}

/** Budget burn against work done, both in percent. */
export interface BurnFact {
  /** Hours used as a percentage of the budget (BudgetBurn.percentUsed). */
  readonly percentUsed: number;
  /** Points done as a percentage of all points planned. */
  readonly percentDone: number;
  readonly usedHours?: number;
  readonly totalHours?: number;
  readonly donePoints?: number;
  readonly totalPoints?: number;
}

/** An unreleased version and its finish forecast. */
export interface VersionForecastFact {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: LocalDate | null;
  /** The P85 date; null when 85 % of the trials did not finish within the horizon. */
  readonly p85: LocalDate | null;
  /** FinishForecast.p85AfterRelease: null without a release date. */
  readonly p85AfterRelease: boolean | null;
  /** FinishForecast.probabilityByRelease, 0 to 1; null without a release date. */
  readonly probabilityByRelease: number | null;
}

export interface DetectionFacts {
  readonly tickets: readonly TicketFact[];
  readonly activeSprint: SprintFact | null;
  readonly nextSprint: SprintFact | null;
  readonly activeScope: ActiveScopeFact | null;
  /** Null when the project has no hour budget. */
  readonly burn: BurnFact | null;
  readonly versions: readonly VersionForecastFact[];
  readonly raidItems: readonly RaidItem[];
}

const localDate = z.string().refine(isLocalDate, { message: 'must be a date written YYYY-MM-DD' });
const instant = z.number().finite();
const points = z.number().finite().min(0);

const ticketSchema = z.object({
  key: z.string().min(1),
  summary: z.string(),
  type: z.string(),
  statusName: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done', 'undefined']),
  dueDate: localDate.nullable(),
  updatedMs: instant,
  resolvedMs: instant.nullable(),
  estimate: points.nullable(),
  sprintIds: z.array(z.int()),
  blockedBy: z.array(z.object({ key: z.string().min(1), statusName: z.string() })),
  signoffState: z.enum(SIGNOFF_STATES).nullable(),
  readiness: z.object({ score: z.number().finite(), ready: z.boolean(), failedChecks: z.array(z.string()) }).nullable(),
});

const sprintSchema = z.object({ id: z.int(), name: z.string(), startMs: instant.nullable(), endMs: instant.nullable() });

/** The facts' shape, checked by detectAll before any detector runs (a bad date would compare wrongly). */
export const detectionFactsSchema: z.ZodType<DetectionFacts, unknown> = z.object({
  tickets: z.array(ticketSchema),
  activeSprint: sprintSchema.nullable(),
  nextSprint: sprintSchema.nullable(),
  activeScope: z
    .object({
      sprintId: z.int(),
      committedPoints: points,
      addedPoints: points,
      added: z.array(z.object({ key: z.string().min(1), summary: z.string(), points: points.nullable(), addedAtMs: instant.nullable() })),
    })
    .nullable(),
  burn: z
    .object({
      percentUsed: z.number().finite().min(0),
      percentDone: z.number().finite().min(0).max(100),
      usedHours: z.number().finite().optional(),
      totalHours: z.number().finite().optional(),
      donePoints: z.number().finite().optional(),
      totalPoints: z.number().finite().optional(),
    })
    .nullable(),
  versions: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      releaseDate: localDate.nullable(),
      p85: localDate.nullable(),
      p85AfterRelease: z.boolean().nullable(),
      probabilityByRelease: z.number().min(0).max(1).nullable(),
    }),
  ),
  raidItems: z.array(raidItemSchema),
});
