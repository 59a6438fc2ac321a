/** The four kinds of RAID item and their vocabularies. */

export const RAID_KINDS = ['risk', 'assumption', 'issue', 'decision'] as const;
export type RaidKind = (typeof RAID_KINDS)[number];

/** How an item's number is shown, I-7, D-2. */
export const KIND_PREFIX: Readonly<Record<RaidKind, string>> = { risk: 'R', assumption: 'A', issue: 'I', decision: 'D' };

export const KIND_NAME: Readonly<Record<RaidKind, string>> = { risk: 'risk', assumption: 'assumption', issue: 'issue', decision: 'decision' };

export const RISK_STATUSES = ['open', 'mitigating', 'occurred', 'closed'] as const;
export const ASSUMPTION_STATUSES = ['unvalidated', 'validated', 'invalid'] as const;
export const ISSUE_STATUSES = ['open', 'in-progress', 'resolved', 'closed'] as const;
export const DECISION_STATUSES = ['proposed', 'decided', 'superseded'] as const;

export type RiskStatus = (typeof RISK_STATUSES)[number];
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export type RaidStatus = RiskStatus | AssumptionStatus | IssueStatus | DecisionStatus;

export const STATUSES_OF: Readonly<Record<RaidKind, readonly RaidStatus[]>> = {
  risk: RISK_STATUSES,
  assumption: ASSUMPTION_STATUSES,
  issue: ISSUE_STATUSES,
  decision: DECISION_STATUSES,
};

/** The status a new item starts in when the input names none. */
export const INITIAL_STATUS = { risk: 'open', assumption: 'unvalidated', issue: 'open', decision: 'proposed' } as const satisfies Record<RaidKind, RaidStatus>;

export const RISK_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept', 'escalate'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

export const ISSUE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

/** Offered in the category field; any other short text is accepted too. */
export const SUGGESTED_RISK_CATEGORIES = ['schedule', 'scope', 'budget', 'quality', 'resources', 'technical', 'external', 'compliance'] as const;

/** Likelihood and impact: whole numbers 1 to 5. */
export type Scale = 1 | 2 | 3 | 4 | 5;

/** What each step of the scales means, so that two people scoring a risk mean the same thing. */
export const LIKELIHOOD_WORDS: Readonly<Record<Scale, string>> = { 1: 'rare', 2: 'unlikely', 3: 'possible', 4: 'likely', 5: 'almost certain' };
export const IMPACT_WORDS: Readonly<Record<Scale, string>> = { 1: 'minimal', 2: 'minor', 3: 'moderate', 4: 'major', 5: 'severe' };

/** "R-12" for risk 12. */
export function itemLabel(item: { readonly kind: RaidKind; readonly number: number }): string {
  return `${KIND_PREFIX[item.kind]}-${item.number}`;
}
