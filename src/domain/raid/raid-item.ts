import type { LocalDate } from '../weeks';
import type {
  AssumptionStatus,
  DecisionStatus,
  IssueSeverity,
  IssueStatus,
  RaidKind,
  RiskResponse,
  RiskStatus,
  Scale,
} from './raid-kinds';

/** The detected risk an item was promoted from; `signalKey` tells when that signal clears. */
export interface DetectorLink {
  readonly id: string;
  readonly signalKey: string;
}

/**
 * What every RAID item has. Texts are "" when empty, never null; `owner` is a Jira accountId or null;
 * `version` counts the writes (1 after creation) and is what an update must name.
 */
export interface RaidCommon {
  readonly id: string;
  /** Per project and kind: can both exist. */
  readonly number: number;
  readonly kind: RaidKind;
  readonly title: string;
  readonly description: string;
  readonly owner: string | null;
  readonly linkedIssues: readonly string[];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly version: number;
  readonly detector?: DetectorLink;
}

export interface Risk extends RaidCommon {
  readonly kind: 'risk';
  readonly status: RiskStatus;
  readonly cause: string;
  /** Free text; SUGGESTED_RISK_CATEGORIES are offered. */
  readonly category: string;
  readonly likelihood: Scale;
  readonly impact: Scale;
  /** likelihood x impact, kept in step by every transition. */
  readonly score: number;
  /** Null until the response is decided. */
  readonly response: RiskResponse | null;
  readonly actions: string;
  /** Warning signs that the risk is about to occur. */
  readonly trigger: string;
  readonly dueDate: LocalDate | null;
  readonly nextReviewDate: LocalDate | null;
  /** Likelihood and impact after the response: both set or both null. */
  readonly residualLikelihood: Scale | null;
  readonly residualImpact: Scale | null;
  readonly residualScore: number | null;
}

export interface Assumption extends RaidCommon {
  readonly kind: 'assumption';
  readonly status: AssumptionStatus;
  readonly validateBy: LocalDate | null;
}

/** A problem now (not to be confused with a Jira issue, which RAID items link to). */
export interface Issue extends RaidCommon {
  readonly kind: 'issue';
  readonly status: IssueStatus;
  readonly severity: IssueSeverity;
  readonly resolution: string;
}

/** What was decided is the title; why is the rationale. */
export interface Decision extends RaidCommon {
  readonly kind: 'decision';
  readonly status: DecisionStatus;
  readonly rationale: string;
  readonly decidedBy: string | null;
  readonly decidedAt: LocalDate | null;
}

export type RaidItem = Risk | Assumption | Issue | Decision;
