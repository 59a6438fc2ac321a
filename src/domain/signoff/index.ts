// Sign-off of an issue's work result: the pure domain (no Forge, no I/O, no clock).
export {
  MAX_FEEDBACK_CHARACTERS,
  pendingSignoff,
  SIGNOFF_STATES,
  type Signoff,
  type SignoffDecision,
  type SignoffEntry,
  type SignoffState,
} from './signoff';
export {
  approve,
  contentChanged,
  requestChanges,
  type SignoffErrorCode,
  type SignoffResult,
} from './signoff-transitions';
export { SIGNOFF_PROPERTY_KEY, signoffMirror, type SignoffMirror } from './signoff-mirror';
export { mirrorDiffers } from '../criteria/mirror-differs';
