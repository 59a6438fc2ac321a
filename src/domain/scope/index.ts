// The sprint scope ledger, with Jira's sprint-report rules, from the issues' changelogs.
export { sprintGoal, sprintSchema, sprintWindow, SPRINT_STATES, type Sprint, type SprintState, type SprintWindow, type SprintWindowError } from './sprint';
export { SCOPE_FIELDS, scopeIssueSchema, type ChangeAuthor, type FieldChange, type ScopeField, type ScopeIssue } from './scope-issue';
export { parseEstimate, parseSprintIds } from './changelog-values';
export { issueTimelines, valueAt, type IssueTimelines, type TimedChange, type Timeline } from './field-timeline';
export {
  sprintScope,
  type EstimateMode,
  type ReEstimate,
  type ScopeEntry,
  type ScopeError,
  type ScopeEvidence,
  type ScopeOptions,
  type ScopeOutcome,
  type ScopePoints,
  type SprintScope,
} from './sprint-scope';
export { velocity, type Velocity, type VelocityRow } from './velocity';
