import type { DetectorId, Evidence } from '../detections';
import type { RaidFieldChange } from '../raid';
import type { SprintState } from '../scope';
import type { LocalDate } from '../weeks';

/**
 * The weekly client report, as plain JSON data (arrays, strings, numbers, null): the JSON renderer writes it
 * as it is, the Markdown and CSV renderers lay it out. Keys are in issue-key order, hours are rounded from
 * summed seconds.
 */
export interface WeeklyReport {
  readonly project: { readonly key: string; readonly name: string };
  readonly period: ReportPeriod;
  readonly generatedAt: string;
  readonly timeZone: string;
  /** Per person per ISO week, by week then person. */
  readonly hours: readonly ReportHoursRow[];
  /** Per person over the period, most hours first. */
  readonly hoursByPerson: readonly ReportPersonHours[];
  readonly totalHours: number;
  /** Most hours first, "No epic" (epicKey null) last. */
  readonly epics: readonly ReportEpicHours[];
  /** In start order. */
  readonly sprints: readonly ReportSprint[];
  readonly raid: ReportRaid;
  /** Highest proposed score first. */
  readonly risks: readonly ReportRisk[];
  readonly milestones: readonly ReportMilestone[];
  readonly readiness: ReportReadiness | null;
}

export interface ReportPeriod {
  /** "week" for one week, "weeks" for a range, "all" for every week with hours. */
  readonly kind: 'week' | 'weeks' | 'all';
  /** First and last week label; null for "all" without any hours. */
  readonly fromWeek: string | null;
  readonly toWeek: string | null;
  /** Monday of the first week and Sunday of the last. */
  readonly startDate: LocalDate | null;
  readonly endDate: LocalDate | null;
  /** "Week 2026-W48 (2026-11-23 to 2026-11-29)". */
  readonly label: string;
}

export interface ReportHoursRow {
  readonly week: string;
  readonly accountId: string;
  /** Null when the name is not known. */
  readonly displayName: string | null;
  readonly hours: number;
  readonly issueKeys: readonly string[];
}

export interface ReportPersonHours {
  readonly accountId: string;
  readonly displayName: string | null;
  readonly hours: number;
  readonly weeks: readonly string[];
}

export interface ReportEpicHours {
  readonly epicKey: string | null;
  readonly epicName: string | null;
  readonly hours: number;
  readonly issueKeys: readonly string[];
  readonly accountIds: readonly string[];
}

export interface ReportSprint {
  readonly id: number;
  readonly name: string;
  /** The sprint goal as written in Jira, trimmed (plain text, never Markdown); null when there is none. */
  readonly goal: string | null;
  readonly state: SprintState;
  readonly startDate: LocalDate;
  /** The completion date; null while the sprint is active. */
  readonly completeDate: LocalDate | null;
  readonly committed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly completed: readonly string[];
  readonly notCompleted: readonly string[];
  readonly points: { readonly committed: number; readonly added: number; readonly removed: number; readonly completed: number; readonly notCompleted: number };
  /** "points" (story points) or "issues" (each issue counts 1). */
  readonly unit: 'points' | 'issues';
}

export type ReportRaid = { readonly available: true; readonly changes: readonly ReportRaidChange[] } | { readonly available: false; readonly reason: string };

export interface ReportRaidChange {
  readonly at: string;
  /** The local date of `at`. */
  readonly date: LocalDate;
  /** The item's label, "R-12". */
  readonly itemId: string;
  /** "" when the item is not among the register's items (deleted from the read). */
  readonly title: string;
  readonly action: 'created' | 'updated';
  readonly by: string;
  readonly byName: string | null;
  readonly changes: readonly RaidFieldChange[];
  /** The change in words: "status open → mitigating; score 12 → 6". */
  readonly summary: string;
}

export interface ReportRisk {
  readonly detector: DetectorId;
  readonly signalKey: string;
  readonly title: string;
  readonly explanation: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export type MilestoneStatus = 'on track' | 'at risk' | 'cannot finish' | 'no forecast' | 'no release date';

export interface ReportMilestone {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: LocalDate | null;
  readonly progress: { readonly done: number; readonly total: number; readonly percent: number | null } | null;
  readonly p50: LocalDate | null;
  readonly p85: LocalDate | null;
  readonly p95: LocalDate | null;
  /** 0 to 1; null without a release date or a forecast. */
  readonly probabilityByRelease: number | null;
  readonly status: MilestoneStatus;
}

export interface ReportReadiness {
  readonly sprintId: number;
  readonly sprintName: string;
  readonly startDate: LocalDate | null;
  readonly total: number;
  readonly ready: number;
  readonly notReady: number;
  readonly averageScore: number | null;
  readonly furthest: readonly { readonly key: string; readonly summary: string; readonly score: number; readonly failedChecks: readonly string[]; readonly signoff: string | null }[];
  readonly failingChecks: readonly { readonly check: string; readonly tickets: number }[];
}
