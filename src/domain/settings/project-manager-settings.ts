import { z } from 'zod';
import { DEFAULT_DETECTION_SETTINGS, detectionSettingsInputSchema, detectionSettingsSchema, parseDetectionSettings, type DetectionSettings } from '../detections';
import { validLocalDate, validTimeZone, type LocalDate } from '../weeks';

/** Who may change the RAID register: people with the project's Edit issues permission (default) or only project admins. */
export const RAID_EDITORS = ['EDIT_ISSUES', 'ADMINISTER_PROJECTS'] as const;
export type RaidEditors = (typeof RAID_EDITORS)[number];

/** The project's hour budget: total hours over a period, optionally planned week by week. */
export interface BudgetSettings {
  totalHours: number;
  start: LocalDate;
  end: LocalDate;
  /** "2026-W48" -> planned hours; without it the plan spreads the total evenly over the period. */
  weeklyPlanHours?: Record<string, number>;
}

/** The project manager's part of the settings. */
export interface ProjectManagerSettings {
  /** IANA zone the project's weeks (Monday to Sunday) are counted in. */
  timeZone: string;
  raidEditors: RaidEditors;
  budget: BudgetSettings | null;
  /** The detected risks' thresholds (days untouched, scope added, burn margin ...) and which detectors are off. */
  detections: DetectionSettings;
}

const timeZone = z.string().refine((zone) => validTimeZone(zone).ok, { message: 'Not a time zone name (use an IANA name such as Europe/Berlin or UTC)' });
const localDate = z.string().refine((date) => validLocalDate(date).ok, { message: 'A date is YYYY-MM-DD' });
const WEEK = /^\d{4}-W\d{2}$/u;

export const budgetSchema = z
  .strictObject({
    totalHours: z.number().positive().max(10_000_000),
    start: localDate,
    end: localDate,
    weeklyPlanHours: z
      .record(z.string().regex(WEEK, 'A week is written 2026-W48'), z.number().nonnegative().max(100_000))
      .refine((plan) => Object.keys(plan).length <= 520, { message: 'At most 520 planned weeks' })
      .optional(),
  })
  .refine((b) => b.start <= b.end, { message: 'The budget ends before it starts', path: ['end'] });

export const projectManagerSettingsInputSchema = z.strictObject({
  timeZone: timeZone.optional(),
  raidEditors: z.enum(RAID_EDITORS).optional(),
  budget: budgetSchema.nullable().optional(),
  detections: detectionSettingsInputSchema.optional(),
});

export const projectManagerSettingsSchema: z.ZodType<ProjectManagerSettings> = z.strictObject({
  timeZone,
  raidEditors: z.enum(RAID_EDITORS),
  budget: budgetSchema.nullable(),
  detections: detectionSettingsSchema,
});

export const DEFAULT_PROJECT_MANAGER_SETTINGS: ProjectManagerSettings = { timeZone: 'UTC', raidEditors: 'EDIT_ISSUES', budget: null, detections: DEFAULT_DETECTION_SETTINGS };

export function withProjectManagerDefaults(input: z.infer<typeof projectManagerSettingsInputSchema> | undefined): ProjectManagerSettings {
  const budget = input?.budget ?? DEFAULT_PROJECT_MANAGER_SETTINGS.budget;
  return {
    timeZone: input?.timeZone ?? DEFAULT_PROJECT_MANAGER_SETTINGS.timeZone,
    raidEditors: input?.raidEditors ?? DEFAULT_PROJECT_MANAGER_SETTINGS.raidEditors,
    budget: budget === null ? null : { totalHours: budget.totalHours, start: budget.start, end: budget.end, ...(budget.weeklyPlanHours ? { weeklyPlanHours: budget.weeklyPlanHours } : {}) },
    detections: detectionsOrDefaults(input?.detections),
  };
}

/** The stored subset over the defaults (the input schema already checked it; a failure here is a defaults bug). */
function detectionsOrDefaults(input: z.infer<typeof detectionSettingsInputSchema> | undefined): DetectionSettings {
  const parsed = parseDetectionSettings(input);
  return parsed.ok ? parsed.value : DEFAULT_DETECTION_SETTINGS;
}
