// The RAID register (risks, assumptions, issues, decisions): items, transitions with history, heat map,
// register views, CSV export and weekly snapshots.
export {
  ASSUMPTION_STATUSES,
  DECISION_STATUSES,
  IMPACT_WORDS,
  INITIAL_STATUS,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  itemLabel,
  KIND_PREFIX,
  LIKELIHOOD_WORDS,
  RAID_KINDS,
  RISK_RESPONSES,
  RISK_STATUSES,
  STATUSES_OF,
  SUGGESTED_RISK_CATEGORIES,
  type AssumptionStatus,
  type DecisionStatus,
  type IssueSeverity,
  type IssueStatus,
  type RaidKind,
  type RaidStatus,
  type RiskResponse,
  type RiskStatus,
  type Scale,
} from './raid-kinds';
export type { Assumption, Decision, DetectorLink, Issue, RaidCommon, RaidItem, Risk } from './raid-item';
export {
  checkItemCapacity,
  MAX_ITEMS_PER_PROJECT,
  MAX_LINKED_ISSUES,
  MAX_LONG_TEXT_BYTES,
  MAX_LONG_TEXT_CHARACTERS,
  MAX_SHORT_TEXT_BYTES,
  MAX_SHORT_TEXT_CHARACTERS,
  MAX_TITLE_BYTES,
  MAX_TITLE_CHARACTERS,
} from './raid-limits';
export { raidItemSchema } from './raid-schema';
export { EDITABLE_FIELDS, raidCreateSchema, raidPatchSchema, READ_ONLY_FIELDS, type RaidCreateInput, type RaidPatch } from './raid-input';
export type { FieldProblem, RaidError, RaidErrorCode, RaidResult } from './raid-errors';
export { HISTORY_FIELDS, raidHistoryEntrySchema, type HistoryValue, type RaidFieldChange, type RaidHistoryEntry } from './raid-history';
export { createRaidItem, updateRaidItem, type RaidChange } from './raid-transitions';
export { RISK_BANDS, riskBand, type RiskBand } from './risk-band';
export { exposure, heatMap, isLiveRisk, riskPosition, type Exposure, type HeatBasis, type HeatCell, type HeatMap } from './heat-map';
export { assumptionOverdue, reviewOverdue } from './raid-due';
export { filterRaidItems, RAID_SORT_KEYS, sortRaidItems, type RaidFilter, type RaidSort, type RaidSortKey } from './raid-view';
export { RAID_CSV_HEADER, raidCsv, type PeopleNames } from './raid-csv';
export {
  exposureOverTime,
  raidSnapshot,
  raidSnapshotSchema,
  riskMovement,
  type ExposurePoint,
  type Movement,
  type RaidSnapshot,
  type RiskMove,
  type SnapshotRisk,
} from './raid-snapshot';
