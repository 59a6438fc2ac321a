/** The detected risks by what they find, in the words of the settings page (ids are stored, never shown). */
import type { DetectorId } from '../../../../src/domain/detections/detector-ids';

export const DETECTOR_NAMES: Readonly<Record<DetectorId, string>> = {
  'unready-next-sprint': 'Unready tickets in the next sprint',
  'unestimated-next-sprint': 'Unestimated tickets in the next sprint',
  'not-signed-off': 'Done work not signed off',
  blocked: 'Tickets blocked by open work',
  overdue: 'Tickets past their due date',
  untouched: 'Tickets untouched in the active sprint',
  'scope-added': 'Scope added after the sprint started',
  'burn-ahead': 'Budget burning ahead of the work',
  'forecast-late': 'Versions forecast to miss their release date',
  'assumption-overdue': 'Assumptions past their validate-by date',
  'review-overdue': 'Risks past their review date',
};
