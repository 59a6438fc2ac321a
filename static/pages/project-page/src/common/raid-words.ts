/**
 * The RAID register in the page's words: kinds, statuses, responses, severities and the scales, named once
 * from the domain's own lists (src/domain/raid/raid-kinds.ts), so a new status cannot go unnamed.
 */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import {
  IMPACT_WORDS,
  LIKELIHOOD_WORDS,
  type AssumptionStatus,
  type DecisionStatus,
  type IssueSeverity,
  type IssueStatus,
  type RaidKind,
  type RiskResponse,
  type RiskStatus,
  type Scale,
} from '../../../../../src/domain/raid/raid-kinds';
import type { RiskBand } from '../../../../../src/domain/raid/risk-band';

export const KIND_LABEL: Readonly<Record<RaidKind, string>> = { risk: 'Risk', assumption: 'Assumption', issue: 'Issue', decision: 'Decision' };
export const KIND_PLURAL: Readonly<Record<RaidKind, string>> = { risk: 'Risks', assumption: 'Assumptions', issue: 'Issues', decision: 'Decisions' };

type AnyStatus = RiskStatus | AssumptionStatus | IssueStatus | DecisionStatus;

export const STATUS_LABEL: Readonly<Record<AnyStatus, string>> = {
  open: 'Open',
  mitigating: 'Mitigating',
  occurred: 'Occurred',
  closed: 'Closed',
  unvalidated: 'Unvalidated',
  validated: 'Validated',
  invalid: 'Invalid',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  proposed: 'Proposed',
  decided: 'Decided',
  superseded: 'Superseded',
};

/** Lozenge colours as Jira uses them: grey to do, blue under way, green done, red gone wrong. */
export const STATUS_APPEARANCE: Readonly<Record<AnyStatus, ThemeAppearance>> = {
  open: 'default',
  mitigating: 'inprogress',
  occurred: 'removed',
  closed: 'success',
  unvalidated: 'default',
  validated: 'success',
  invalid: 'removed',
  'in-progress': 'inprogress',
  resolved: 'success',
  proposed: 'new',
  decided: 'success',
  superseded: 'default',
};

export function statusLabel(status: string): string {
  return STATUS_LABEL[status as AnyStatus] ?? status;
}

export function statusAppearance(status: string): ThemeAppearance {
  return STATUS_APPEARANCE[status as AnyStatus] ?? 'default';
}

export const RESPONSE_LABEL: Readonly<Record<RiskResponse, string>> = { avoid: 'Avoid', mitigate: 'Mitigate', transfer: 'Transfer', accept: 'Accept', escalate: 'Escalate' };

export const SEVERITY_LABEL: Readonly<Record<IssueSeverity, string>> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const SEVERITY_APPEARANCE: Readonly<Record<IssueSeverity, ThemeAppearance>> = { low: 'default', medium: 'moved', high: 'removed', critical: 'removed' };

export const BAND_LABEL: Readonly<Record<RiskBand, string>> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A risk's category as a label: "schedule" reads "Schedule"; the project's own words keep their case otherwise. */
export function categoryLabel(category: string): string {
  return capitalised(category);
}

/** "4 – Likely". */
export function likelihoodLabel(value: Scale): string {
  return `${value} – ${capitalised(LIKELIHOOD_WORDS[value])}`;
}

/** "5 – Severe". */
export function impactLabel(value: Scale): string {
  return `${value} – ${capitalised(IMPACT_WORDS[value])}`;
}

export const SCALE: readonly Scale[] = [1, 2, 3, 4, 5];
