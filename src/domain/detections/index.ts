// Detected risks: pure detectors over plain facts (tickets, sprints, scope, burn, forecasts, the RAID
// register), each signal with its evidence and a proposed likelihood and impact.
export { DETECTOR_IDS, type DetectorId } from './detector-ids';
export { linkableIssueKeys, signalCleared, signalScore, type Evidence, type Signal } from './signal';
export {
  detectionFactsSchema,
  type ActiveScopeFact,
  type AddedTicketFact,
  type BlockerFact,
  type BurnFact,
  type DetectionFacts,
  type ReadinessFact,
  type SprintFact,
  type TicketFact,
  type VersionForecastFact,
} from './detection-facts';
export {
  DEFAULT_DETECTION_SETTINGS,
  detectionSettingsInputSchema,
  detectionSettingsSchema,
  parseDetectionSettings,
  type DetectionSettings,
  type DetectionSettingsInput,
} from './detection-settings';
export { detectionContext, type DetectionContext, type Today } from './detection-context';
export type { Detector } from './tickets';
export { scopeFactsOf } from './scope-facts';
export { detectAll, DETECTORS, sortSignals, type DetectionError } from './detect-all';
export { detectUnreadyNextSprint } from './unready-next-sprint';
export { detectUnestimatedNextSprint } from './unestimated-next-sprint';
export { detectNotSignedOff } from './not-signed-off';
export { detectBlocked } from './blocked';
export { detectOverdue } from './overdue';
export { detectUntouched } from './untouched';
export { detectScopeAdded } from './scope-added';
export { detectBurnAhead } from './burn-ahead';
export { detectForecastLate } from './forecast-late';
export { detectAssumptionOverdue, detectReviewOverdue } from './raid-overdue';
