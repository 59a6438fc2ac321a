export { checkReadiness } from './check-readiness';
export { readinessFingerprint } from './readiness-fingerprint';
export type { CheckRule, ParseRubricResult, Rubric, RubricInput } from './rubric';
export { DEFAULT_VAGUE_TERMS, defaultRubric, parseRubric, rubricInputSchema, rubricSchema } from './rubric';
export type { CheckId, Finding, IssueLinkSnapshot, ReadinessResult, Severity, StatusCategory, TicketSnapshot } from './types';
export { CHECK_IDS, SEVERITIES } from './types';
