/** How often past P85 dates held, over the released versions that kept forecasts. */
import type { MilestoneView } from '../../project-page-api';

export interface OverallTrackRecord {
  forecasts: number;
  held: number;
  /** Whole percent; null before any forecast could be judged. */
  percent: number | null;
  versions: number;
}

export function overallTrackRecord(versions: readonly MilestoneView[]): OverallTrackRecord {
  const judged = versions.filter((v) => v.trackRecord !== null && v.trackRecord.forecasts > 0);
  const forecasts = judged.reduce((sum, v) => sum + (v.trackRecord?.forecasts ?? 0), 0);
  const held = judged.reduce((sum, v) => sum + (v.trackRecord?.held ?? 0), 0);
  return { forecasts, held, percent: forecasts === 0 ? null : Math.round((held / forecasts) * 100), versions: judged.length };
}

/** "Past P85 dates held 7 of 9 times (78%) over 2 released versions." */
export function trackRecordWords(record: OverallTrackRecord): string {
  if (record.percent === null) {
    return 'No released version has kept forecasts yet. Each week\u2019s forecast is kept from now on, so once a version is released the page shows how often its P85 dates held.';
  }
  const versions = record.versions === 1 ? '1 released version' : `${record.versions} released versions`;
  return `Past P85 dates held ${record.held} of ${record.forecasts} times (${record.percent}%) over ${versions}.`;
}
