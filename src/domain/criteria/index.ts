// Acceptance criteria of an issue: the pure domain (no Forge, no I/O, no clock).
export { fail, ok, type DomainError, type Result } from './result';
export { canonicalText, characterCount, formatKilobytes, isBlank, utf8Bytes } from './canonical-text';
export { validActorAndTime, validTime, type ActorAndTime, type ActorAndTimeError } from './actor-and-time';
export {
  emptyIssueCriteria,
  UNVERIFIED,
  VERIFICATION_STATES,
  type Criterion,
  type IssueCriteria,
  type Verification,
  type VerificationState,
} from './criterion';
export { criteriaWithinBudget, MAX_CRITERIA_BYTES, MAX_CRITERIA_PER_ISSUE, MAX_CRITERION_CHARACTERS, validCriterionText } from './limits';
export {
  addCriterion,
  appendNewCriteria,
  editCriterionText,
  importDuplicates,
  moveCriterion,
  removeCriterion,
  replaceAllCriteria,
  verifyCriterion,
  type CriteriaErrorCode,
  type CriteriaResult,
  type ImportDuplicates,
  type NewCriterionId,
} from './criteria-operations';
export { CRITERIA_PROPERTY_KEY, criteriaMirror, criteriaSummary, type CriteriaSummary } from './criteria-summary';
export { mirrorDiffers } from './mirror-differs';
export { criterionKind, parseGherkin, type CriterionKind, type GherkinStep } from './gherkin';
export { STEP_KEYWORDS, type StepKeyword } from './gherkin-lines';
export { criteriaInBlocks, importCriteriaFromDescription, type DescriptionImport, type ImportedCriterion } from './import-from-description';
export { isAcceptanceLabel } from './section-labels';
export { CONTENT_HASH_PATTERN, contentHash } from './content-hash';
