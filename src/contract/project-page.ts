/**
 * The project page "Risk & scope" (Overview, RAID, Scope, Hours & budget, Milestones, Readiness): what its
 * resolvers take and answer. Each tab renders from one resolver call; the numbers come from the project
 * snapshot (its "as of" time says how fresh), RAID items are live records. The UI imports only types.
 */
import { z } from 'zod';
import type { FinishForecast } from '../domain/forecast';
import type { HeatMap, RaidHistoryEntry, RaidItem, RiskMove } from '../domain/raid';
import { raidCreateSchema } from '../domain/raid/raid-input';
import type { PersonView } from './issue-panel';

/** How fresh the snapshot numbers are, and whether a new one is being made. */
export interface SnapshotStatus {
  /** When the last complete snapshot finished (ISO), null before the first. */
  asOf: string | null;
  /** A snapshot run is under way (started by the hour, an event or "Refresh"). */
  refreshing: boolean;
  /** Why the last run stopped, when it did not finish. */
  problem: string | null;
}

/** A ticket behind a number, with the change that put it there. */
export interface EvidenceTicket {
  key: string;
  summary: string;
  /** Points (or 1 per issue when the board counts issues) the number counts for this ticket; null when unestimated. */
  points: number | null;
  /** What happened, when, by whom: "Added to the sprint", "Estimate 3 → 5", "Done". */
  events: Array<{ at: string; by: PersonView | null; what: string }>;
}

// ---------- RAID ----------

export interface RaidItemView {
  item: RaidItem;
  /** "R-12". */
  label: string;
  owner: PersonView | null;
  /** The review date (risks) or validate-by date (assumptions) is past. */
  overdue: boolean;
  /** Promoted from a detected risk that no longer fires: the page suggests closing it. */
  signalCleared: boolean;
  /** How the risk moved since last week's snapshot. */
  movement: RiskMove['movement'] | null;
}

export interface DetectedRiskView {
  detector: string;
  signalKey: string;
  title: string;
  explanation: string;
  evidence: Array<{ key: string; summary: string; fact: string }>;
  proposedLikelihood: number;
  proposedImpact: number;
  /** The RAID item already tracking this signal, if any. */
  trackedBy: string | null;
}

export interface RaidView {
  status: SnapshotStatus;
  items: RaidItemView[];
  heatMap: { inherent: HeatMap; residual: HeatMap };
  exposure: { inherent: number; residual: number; overTime: Array<{ week: string; exposure: number; residualExposure: number }> };
  detected: DetectedRiskView[];
  canEdit: boolean;
  /** Why the register is read-only for this user, in words; null when it is not. */
  readOnlyReason: string | null;
  limits: { maxItems: number; itemCount: number };
  /** People the register names (owners, deciders, editors), for showing names. */
  people: PersonView[];
  /** Today in the project's time zone (YYYY-MM-DD): what "overdue" was judged against. */
  today: string;
}

export interface RaidItemHistoryView {
  itemId: string;
  entries: Array<RaidHistoryEntry & { byName: string }>;
  page: number;
  pages: number;
}

// ---------- Scope ----------

export interface SprintScopeSummary {
  id: number;
  name: string;
  state: 'active' | 'closed';
  /** The sprint goal as the team wrote it in Jira (plain text, shown as text); null without one. */
  goal: string | null;
  startDate: string | null;
  /** The planned end the sprint was started with; an active sprint's "ends on". */
  endDate: string | null;
  completeDate: string | null;
  points: { committed: number; added: number; removed: number; completed: number; notCompleted: number };
  counts: { committed: number; added: number; removed: number; completed: number; notCompleted: number; reEstimated: number };
  velocity: number;
  /** (added + removed) / committed; null when nothing was committed. */
  churn: number | null;
}

export interface SprintLedgerView extends SprintScopeSummary {
  estimate: 'points' | 'issues';
  committed: EvidenceTicket[];
  added: EvidenceTicket[];
  removed: EvidenceTicket[];
  reEstimated: Array<EvidenceTicket & { from: number | null; to: number | null }>;
  completed: EvidenceTicket[];
  notCompleted: EvidenceTicket[];
  unestimated: string[];
}

export interface ScopeView {
  status: SnapshotStatus;
  /** Active and closed sprints, newest first, one page of them (for the chart and the picker). */
  sprints: SprintScopeSummary[];
  page: number;
  pages: number;
  /** The ledger of the chosen sprint (the active one, else the newest closed one). */
  ledger: SprintLedgerView | null;
}

// ---------- Hours & budget ----------

export interface HoursView {
  status: SnapshotStatus;
  /** The IANA zone the weeks (Monday to Sunday) are counted in. */
  timeZone: string;
  /** Every week from the first with worklogs to the current one (or a later one with worklogs), weeks without worklogs included. */
  weeks: string[];
  /** The week now is in, in the project's time zone: its hours are still growing. */
  currentWeek: string;
  people: PersonView[];
  /** Every person-week with worklogs. */
  rows: Array<{ week: string; accountId: string; hours: number }>;
  epics: Array<{ key: string | null; summary: string; hours: number; issues: Array<{ key: string; summary: string; hours: number }> }>;
  totalHours: number;
  budget: {
    totalHours: number;
    start: string;
    end: string;
    /** Spread evenly over the working days of the period, or planned week by week in the settings. */
    plan: 'linear' | 'weekly';
    usedHours: number;
    remainingHours: number;
    percentUsed: number;
    runsOutOn: string | null;
    burnPerWeek: number | null;
    weeks: Array<{ week: string; plannedHours: number; actualHours: number | null; cumulativePlannedHours: number; cumulativeActualHours: number | null }>;
    /** Used share runs ahead of the work done (percent of the plan's points or issues done). */
    aheadOfWork: { percentUsed: number; percentDone: number } | null;
  } | null;
}

// ---------- Milestones ----------

export interface MilestoneView {
  id: string;
  name: string;
  releaseDate: string | null;
  released: boolean;
  progress: { issuesDone: number; issuesTotal: number; pointsDone: number; pointsTotal: number };
  forecast: FinishForecast | null;
  /**
   * Open work of the unreleased versions before this one (same unit as the forecast), which the forecast counts
   * first: versions are delivered in their order. The forecast's `basis.remaining` is this plus the version's own.
   */
  workAhead: number;
  /** P85 falls after the release date. */
  atRisk: boolean;
  /** Weekly forecasts kept, newest last. */
  history: Array<{ week: string; p50: string | null; p85: string | null; p95: string | null }>;
  /** For a released version: how often the past P85 dates held. */
  trackRecord: { forecasts: number; held: number; rate: number | null } | null;
  /** Open tickets of the version, for the evidence. */
  openTickets: Array<{ key: string; summary: string; points: number | null; status: string }>;
}

export interface MilestonesView {
  status: SnapshotStatus;
  versions: MilestoneView[];
  /** What the forecasts sample: throughput per week of the recent closed sprints. */
  basis: { weeksSampled: number; unit: 'points' | 'issues'; trials: number };
  /** Today in the project's time zone (YYYY-MM-DD): the timeline's "today" and "in N days". */
  today: string;
}

// ---------- Overview and report ----------

export interface OverviewView {
  status: SnapshotStatus;
  project: { key: string; name: string };
  topRisks: RaidItemView[];
  exposure: { inherent: number; residual: number; trend: Array<{ week: string; exposure: number }> };
  /** The active sprint (else the newest closed one), with the unit its board estimates in. */
  scope: (SprintScopeSummary & { estimate: 'points' | 'issues' }) | null;
  hours: { lastWeek: string; lastWeekHours: number; budget: HoursView['budget'] };
  milestones: Array<Pick<MilestoneView, 'id' | 'name' | 'releaseDate' | 'atRisk' | 'progress'> & { p85: string | null }>;
  /** The detected risks with the highest proposed score (a few); `detectedCount` counts them all. */
  detected: DetectedRiskView[];
  detectedCount: number;
  readiness: { sprint: string | null; ready: number; notReady: number } | null;
}

export interface WeeklyReportView {
  week: string;
  markdown: string;
  /** The same report as an HTML fragment with inline-styled tables, for pasting formatted into an email or Confluence. */
  html: string;
  csv: string;
  json: unknown;
}

// ---------- Payloads ----------

const itemId = z.string().regex(/^[RAID]-\d{1,6}$/u, 'An item id such as R-12');

export const projectPagePayloads = {
  getOverview: z.strictObject({}),
  getRaid: z.strictObject({}),
  getRaidHistory: z.strictObject({ itemId, page: z.int().min(0).max(10_000) }),
  createRaidItem: z.strictObject({ item: raidCreateSchema }),
  /** The patch carries the version the editor read; the domain checks every field. */
  updateRaidItem: z.strictObject({ itemId, patch: z.record(z.string(), z.unknown()) }),
  promoteDetection: z.strictObject({ signalKey: z.string().min(1).max(300) }),
  exportRaidCsv: z.strictObject({}),
  /** People who can browse the project whose name matches, for the owner and "decided by" pickers; an empty query finds nobody. */
  findPeople: z.strictObject({ query: z.string().max(100, 'A search for people is at most 100 characters.') }),
  getScope: z.strictObject({ sprintId: z.int().positive().optional(), page: z.int().min(0).max(1000).optional() }),
  getHours: z.strictObject({}),
  getMilestones: z.strictObject({}),
  getWeeklyReport: z.strictObject({ week: z.string().regex(/^\d{4}-W\d{2}$/u, 'A week is written 2026-W48').optional() }),
  refreshSnapshot: z.strictObject({}),
} as const;

export type ProjectPagePayloads = { [K in keyof typeof projectPagePayloads]: z.input<(typeof projectPagePayloads)[K]> };

export interface ProjectPageAnswers {
  getOverview: OverviewView;
  getRaid: RaidView;
  getRaidHistory: RaidItemHistoryView;
  createRaidItem: RaidView;
  updateRaidItem: RaidView;
  promoteDetection: RaidView;
  exportRaidCsv: { fileName: string; csv: string };
  findPeople: { people: PersonView[] };
  getScope: ScopeView;
  getHours: HoursView;
  getMilestones: MilestonesView;
  getWeeklyReport: WeeklyReportView;
  refreshSnapshot: { status: 'queued' | 'running' };
}
