import type { Signal } from '../detections';
import type { FinishForecast } from '../forecast';
import type { EpicHours, PersonWeekHours } from '../hours';
import type { PeopleNames, RaidHistoryEntry, RaidItem } from '../raid';
import type { SprintReadinessSummary } from '../readiness-summary/summarize-sprint';
import type { SprintScope } from '../scope';
import type { LocalDate } from '../weeks';

/** The weeks a report covers, by ISO week label (both included; a single week is from = to), or every week. */
export type ReportRange = { readonly from: string; readonly to: string } | 'all';

/** One person-week of hours, as hoursByPersonWeek gives it (the tickets are optional evidence). */
export type PersonWeekInput = Pick<PersonWeekHours, 'week' | 'accountId' | 'seconds'> & { readonly issueKeys?: readonly string[] };

/** Hours under one epic for the report's range, as hoursByEpic gives it over the range's worklogs. */
export type EpicHoursInput = Pick<EpicHours, 'epicKey' | 'seconds' | 'issues' | 'accountIds'>;

/** The RAID register's history entries (any range: the builder keeps the report's weeks) and its items, for titles. */
export interface RaidChangesInput {
  readonly entries: readonly RaidHistoryEntry[];
  readonly items: readonly RaidItem[];
}

export type MilestoneForecast = Pick<FinishForecast, 'p50' | 'p85' | 'p95' | 'probabilityByRelease' | 'p85AfterRelease' | 'cannotFinish'>;

/** A version (milestone or release) with its progress and finish forecast. */
export interface MilestoneInput {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: LocalDate | null;
  /** Work done and in total, in the forecast's unit (points or issues); null when unknown. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** Null when no forecast could be made (no throughput history yet). */
  readonly forecast: MilestoneForecast | null;
}

/**
 * What the report reads of a sprint's scope ledger (sprintScope's result, or a stored ledger read back), with
 * the sprint goal as written in Jira (plain text; null or blank when the sprint has none).
 */
export type ReportSprintInput = Pick<SprintScope, 'sprint' | 'estimateMode' | 'committed' | 'added' | 'removed' | 'completed' | 'notCompleted' | 'points'> & {
  readonly goal: string | null;
};

/** The next sprint's readiness summary (summarizeSprint). */
export interface ReadinessInput {
  readonly sprint: { readonly id: number; readonly name: string; readonly startDate: LocalDate | null };
  readonly summary: SprintReadinessSummary;
}

/** Everything the weekly report is built from, already computed by the other domains. */
export interface WeeklyReportInput {
  readonly project: { readonly key: string; readonly name: string };
  readonly range: ReportRange;
  /** When the report was made, an ISO 8601 instant (passed in: the domain has no clock). */
  readonly generatedAt: string;
  /** IANA zone the weeks are counted in; UTC when absent. */
  readonly timeZone?: string;
  /** Display names by accountId; an unknown id is shown as is. */
  readonly people?: PeopleNames;
  readonly hoursByPersonWeek: readonly PersonWeekInput[];
  readonly hoursByEpic: readonly EpicHoursInput[];
  /** Epic summaries by epic key. */
  readonly epicNames?: ReadonlyMap<string, string>;
  readonly sprints: readonly ReportSprintInput[];
  /** Null when the history cannot be read (the command line has no access to the app's storage). */
  readonly raid: RaidChangesInput | null;
  /** Says why `raid` is null; a default sentence otherwise. */
  readonly raidUnavailableReason?: string;
  /** Detected risks new this week (the caller compares with last week's signals). */
  readonly newRisks: readonly Signal[];
  readonly milestones: readonly MilestoneInput[];
  /** Null when there is no next sprint. */
  readonly readiness: ReadinessInput | null;
}
