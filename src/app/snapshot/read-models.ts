/**
 * What the project snapshot job builds for the page: one record per read model, written only when its
 * content changed (so an unchanged project makes no writes), read by the tabs in one resolver call each.
 */
import { z } from 'zod';
import { raidSnapshotSchema, type RaidSnapshot } from '../../domain/raid';
import type { EvidenceTicket, SprintLedgerView, SprintScopeSummary } from '../../contract/project-page';
import { recordKind, type RecordKind } from '../../ports/store';
import type { EpicHoursInput } from '../../domain/report';
import type { SprintReadinessSummary } from '../../domain/readiness-summary/summarize-sprint';
import type { HoursModel } from './hours-models';
import type { ForecastRecord, MilestonesModel } from './milestone-models';

/** A risk the snapshot found in Jira's data, with its evidence. */
export interface DetectedSignal {
  detector: string;
  signalKey: string;
  title: string;
  explanation: string;
  evidence: Array<{ key: string; summary: string; fact: string }>;
  proposedLikelihood: number;
  proposedImpact: number;
  /** When the snapshot first found this signal (ISO): the weekly report lists the risks new in its week. */
  firstSeenAt?: string;
}

const signalSchema: z.ZodType<DetectedSignal> = z.object({
  detector: z.string(),
  signalKey: z.string(),
  title: z.string(),
  explanation: z.string(),
  evidence: z.array(z.object({ key: z.string(), summary: z.string(), fact: z.string() })),
  proposedLikelihood: z.int().min(1).max(5),
  proposedImpact: z.int().min(1).max(5),
  firstSeenAt: z.string().optional(),
});

export const detectionModels = recordKind<{ signals: DetectedSignal[] }>('pm-detections', z.object({ signals: z.array(signalSchema) }));

/** RAID snapshots, one per ISO week (the current week's is rewritten while it lasts), the last two years. */
export const RAID_SNAPSHOT_WEEKS = 104;
export const raidSnapshotModels = recordKind<{ weeks: RaidSnapshot[] }>('raid-snapshots', z.object({ weeks: z.array(raidSnapshotSchema) }) as z.ZodType<{ weeks: RaidSnapshot[] }>);

/** The key of a project's read model of a kind (one per project). */
export const modelKey = <T>(kind: RecordKind<T>, projectId: string) => kind.key(projectId, projectId);

// ---- Scope, hours, milestones: shapes as the tabs read them, checked loosely (the app writes them itself;
// a shape from an older release fails here and the next snapshot replaces it). ----

const scopeSummarySchema = z.looseObject({
  id: z.int(),
  name: z.string(),
  state: z.enum(['active', 'closed']),
  // Models kept before goals were shown have none: read as no goal until the next snapshot.
  goal: z.string().nullable().default(null),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  completeDate: z.string().nullable(),
  points: z.looseObject({ committed: z.number(), added: z.number(), removed: z.number(), completed: z.number(), notCompleted: z.number() }),
  counts: z.looseObject({ committed: z.int(), added: z.int(), removed: z.int(), completed: z.int(), notCompleted: z.int(), reEstimated: z.int() }),
  velocity: z.number(),
  churn: z.number().nullable(),
});

export const scopeModels = recordKind<{ sprints: SprintScopeSummary[] }>('pm-scope', z.object({ sprints: z.array(scopeSummarySchema) }) as unknown as z.ZodType<{ sprints: SprintScopeSummary[] }>);

/** A ticket of a stored ledger: who made each change by account id only; the Scope tab reads names from Jira when shown. */
export type StoredEvidenceTicket = Omit<EvidenceTicket, 'events'> & { events: Array<{ at: string; by: { accountId: string } | null; what: string }> };
/** A sprint's ledger as stored (see StoredEvidenceTicket); `scope-view.ts` names the people. */
export type StoredLedger = Omit<SprintLedgerView, 'committed' | 'added' | 'removed' | 'reEstimated' | 'completed' | 'notCompleted'> & {
  committed: StoredEvidenceTicket[];
  added: StoredEvidenceTicket[];
  removed: StoredEvidenceTicket[];
  reEstimated: Array<StoredEvidenceTicket & { from: number | null; to: number | null }>;
  completed: StoredEvidenceTicket[];
  notCompleted: StoredEvidenceTicket[];
};

const ticketSchema = z.looseObject({ key: z.string(), summary: z.string(), points: z.number().nullable(), events: z.array(z.looseObject({ at: z.string(), what: z.string() })) });
export const ledgerModels = recordKind<StoredLedger>(
  'pm-ledger',
  scopeSummarySchema.extend({
    estimate: z.enum(['points', 'issues']),
    committed: z.array(ticketSchema),
    added: z.array(ticketSchema),
    removed: z.array(ticketSchema),
    reEstimated: z.array(ticketSchema),
    completed: z.array(ticketSchema),
    notCompleted: z.array(ticketSchema),
    unestimated: z.array(z.string()),
  }) as unknown as z.ZodType<StoredLedger>,
);
export const ledgerKey = (projectId: string, sprintId: number) => ledgerModels.key(`${projectId}:${sprintId}`, projectId);

export const hoursModels = recordKind<HoursModel>(
  'pm-hours',
  z.looseObject({
    timeZone: z.string(),
    rows: z.array(z.looseObject({ week: z.string(), accountId: z.string(), seconds: z.number(), hours: z.number() })),
    weeks: z.array(z.looseObject({ week: z.string(), seconds: z.number() })),
    epics: z.array(z.looseObject({ key: z.string().nullable(), summary: z.string(), hours: z.number(), issues: z.array(z.looseObject({ key: z.string(), hours: z.number() })) })),
    work: z.looseObject({ done: z.number(), total: z.number() }),
  }) as unknown as z.ZodType<HoursModel>,
);

export const milestoneModels = recordKind<MilestonesModel>(
  'pm-milestones',
  z.looseObject({
    // workAhead came later: a model kept before it reads as nothing ahead until the next snapshot.
    versions: z.array(z.looseObject({ id: z.string(), name: z.string(), released: z.boolean(), atRisk: z.boolean(), workAhead: z.number().default(0), progress: z.looseObject({ issuesDone: z.int(), issuesTotal: z.int() }) })),
    basis: z.looseObject({ weeksSampled: z.int(), unit: z.enum(['points', 'issues']), trials: z.int() }),
  }) as unknown as z.ZodType<MilestonesModel>,
);

/** Each version's weekly forecasts (id `<project>:<version>`). */
export const forecastHistories = recordKind<{ forecasts: ForecastRecord[] }>(
  'pm-forecasts',
  z.object({ forecasts: z.array(z.object({ week: z.string(), madeOn: z.string(), p50: z.string().nullable(), p85: z.string().nullable(), p95: z.string().nullable() })) }),
);
export const forecastHistoryKey = (projectId: string, versionId: string) => forecastHistories.key(`${projectId}:${versionId}`, projectId);

/** The next sprint's readiness as the snapshot found it (the Overview's line and the report's). */
export interface ReadinessSummaryModel {
  sprint: { id: number; name: string; startDate?: string | null } | null;
  ready: number;
  notReady: number;
  /** The furthest tickets and failing checks, for the weekly report (absent in models of older releases). */
  summary?: SprintReadinessSummary;
}
export const readinessSummaryModels = recordKind<ReadinessSummaryModel>(
  'pm-readiness',
  z.object({
    sprint: z.object({ id: z.int(), name: z.string(), startDate: z.string().nullable().optional() }).nullable(),
    ready: z.int(),
    notReady: z.int(),
    summary: z
      .looseObject({ total: z.int(), ready: z.int(), notReady: z.int(), averageScore: z.number().nullable(), furthest: z.array(z.looseObject({ key: z.string() })), failingChecks: z.array(z.looseObject({ check: z.string(), tickets: z.int() })) })
      .optional(),
  }) as unknown as z.ZodType<ReadinessSummaryModel>,
);

/** Epic hours per ISO week (the last REPORT_WEEKS weeks) and over the project's history, for the weekly report. */
export interface ReportPartsModel {
  epicNames: Record<string, string>;
  epicsByWeek: Record<string, EpicHoursInput[]>;
  epicsAll: EpicHoursInput[];
  /** The tickets behind each person-week of the kept weeks ("2026-W48|accountId"), at most 30 each. */
  ticketsByPersonWeek: Record<string, string[]>;
}
export const REPORT_WEEKS = 26;
const epicHoursSchema = z.object({
  epicKey: z.string().nullable(),
  seconds: z.number(),
  issues: z.array(z.object({ issueKey: z.string(), seconds: z.number(), hours: z.number() })),
  accountIds: z.array(z.string()),
});
export const reportPartModels = recordKind<ReportPartsModel>(
  'pm-report',
  z.object({
    epicNames: z.record(z.string(), z.string()),
    epicsByWeek: z.record(z.string(), z.array(epicHoursSchema)),
    epicsAll: z.array(epicHoursSchema),
    ticketsByPersonWeek: z.record(z.string(), z.array(z.string())).default({}),
  }) as unknown as z.ZodType<ReportPartsModel>,
);
