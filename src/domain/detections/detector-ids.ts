/**
 * The detectors, by id (stored in a promoted RAID item's detector link, so an id never changes meaning).
 * The order is the order detectAll runs them in; results are sorted afterwards.
 */
export const DETECTOR_IDS = [
  'unready-next-sprint',
  'unestimated-next-sprint',
  'not-signed-off',
  'blocked',
  'overdue',
  'untouched',
  'scope-added',
  'burn-ahead',
  'forecast-late',
  'assumption-overdue',
  'review-overdue',
] as const;

export type DetectorId = (typeof DETECTOR_IDS)[number];
