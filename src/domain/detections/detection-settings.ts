import { z } from 'zod';
import { fail, ok, type Result } from '../criteria/result';
import { DETECTOR_IDS, type DetectorId } from './detector-ids';

/** The detectors' thresholds; see DEFAULT_DETECTION_SETTINGS for what each means and its default. */
export interface DetectionSettings {
  /** A ticket in the active sprint not updated for this many calendar days or more is untouched. */
  readonly untouchedDays: number;
  /** Scope added after the sprint started above this percentage of the committed points fires. */
  readonly scopeAddedPercent: number;
  /** Budget used (percent) minus work done (percent) above this many points fires. */
  readonly burnMarginPoints: number;
  /** A done ticket resolved this many calendar days ago or fewer still needs its sign-off (outside the active sprint too). */
  readonly recentlyResolvedDays: number;
  /** Issue types (any case) that are not expected to carry an estimate. */
  readonly estimateExemptTypes: readonly string[];
  /** Detectors that do not run. */
  readonly disabled: readonly DetectorId[];
}

/**
 * Defaults that work without setup: 5 calendar days untouched is a working week with no movement; 20 % is
 * where added scope starts to threaten the sprint goal; 10 points of burn ahead of work is beyond the noise
 * of uneven worklogs; 14 days is a two-week sprint's worth of finished work still waiting for the product
 * owner. Sub-tasks and epics are estimated through their stories.
 */
export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = {
  untouchedDays: 5,
  scopeAddedPercent: 20,
  burnMarginPoints: 10,
  recentlyResolvedDays: 14,
  estimateExemptTypes: ['Sub-task', 'Subtask', 'Epic'],
  disabled: [],
};

const fields = {
  untouchedDays: z.int().min(1).max(365),
  scopeAddedPercent: z.number().finite().min(0).max(1_000),
  burnMarginPoints: z.number().finite().min(0).max(100),
  recentlyResolvedDays: z.int().min(0).max(365),
  estimateExemptTypes: z.array(z.string().trim().min(1).max(100)).max(50),
  disabled: z.array(z.enum(DETECTOR_IDS)).max(DETECTOR_IDS.length),
};

/** What is stored or sent: any subset, nothing else (an unknown name is refused, not ignored). */
export const detectionSettingsInputSchema = z.strictObject({
  untouchedDays: fields.untouchedDays.optional(),
  scopeAddedPercent: fields.scopeAddedPercent.optional(),
  burnMarginPoints: fields.burnMarginPoints.optional(),
  recentlyResolvedDays: fields.recentlyResolvedDays.optional(),
  estimateExemptTypes: fields.estimateExemptTypes.optional(),
  disabled: fields.disabled.optional(),
});
export type DetectionSettingsInput = z.input<typeof detectionSettingsInputSchema>;

/** Complete settings, as the detectors read them. */
export const detectionSettingsSchema: z.ZodType<DetectionSettings, unknown> = z.strictObject(fields);

/** Checks stored or submitted settings and fills the rest from the defaults; undefined or null is all defaults. */
export function parseDetectionSettings(input: unknown): Result<DetectionSettings, 'invalid_settings'> {
  const parsed = detectionSettingsInputSchema.safeParse(input ?? {});
  if (!parsed.success) return fail('invalid_settings', `Invalid detection settings: ${z.prettifyError(parsed.error)}`);
  const given = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return ok({ ...DEFAULT_DETECTION_SETTINGS, ...given });
}
