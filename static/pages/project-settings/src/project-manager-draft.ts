/**
 * The project manager's part of the settings form: the time zone of the project's weeks, who edits the RAID
 * register, the hour budget with its optional weekly plan, and the detected risks' thresholds. Kept as
 * typed; checked on save against the bounds the backend enforces, one message per field.
 */
import type { DetectorId } from '../../../../src/domain/detections/detector-ids';
import { validTimeZone } from '../../../../src/domain/weeks/time-zone';
import type { ProjectManagerSettings, RaidEditors } from '../../../../src/domain/settings/project-manager-settings';
import { decimalNumber, wholeNumber, type Bounds, type Parsed } from './number-text';
import { parseWeeklyPlan, weeklyPlanText } from './weekly-plan-text';

export interface ProjectManagerDraft {
  timeZone: string;
  raidEditors: RaidEditors;
  budgetEnabled: boolean;
  budgetHours: string;
  budgetStart: string;
  budgetEnd: string;
  /** One planned week per line ("2026-W48 40"); empty spreads the budget evenly over the period. */
  weeklyPlan: string;
  untouchedDays: string;
  scopeAddedPercent: string;
  burnMarginPoints: string;
  recentlyResolvedDays: string;
  estimateExemptTypes: string[];
  disabledDetectors: DetectorId[];
}

/** The backend's bounds (src/domain/settings, src/domain/detections), repeated to say them on the field. */
export const PM_LIMITS = {
  budgetHours: { min: 1, max: 10_000_000 },
  untouchedDays: { min: 1, max: 365 },
  scopeAddedPercent: { min: 0, max: 1_000 },
  burnMarginPoints: { min: 0, max: 100 },
  recentlyResolvedDays: { min: 0, max: 365 },
  estimateExemptTypes: 50,
} as const satisfies Record<string, Bounds | number>;

export function projectManagerDraft(settings: ProjectManagerSettings): ProjectManagerDraft {
  const { budget, detections } = settings;
  return {
    timeZone: settings.timeZone,
    raidEditors: settings.raidEditors,
    budgetEnabled: budget !== null,
    budgetHours: budget ? String(budget.totalHours) : '',
    budgetStart: budget?.start ?? '',
    budgetEnd: budget?.end ?? '',
    weeklyPlan: weeklyPlanText(budget?.weeklyPlanHours),
    untouchedDays: String(detections.untouchedDays),
    scopeAddedPercent: String(detections.scopeAddedPercent),
    burnMarginPoints: String(detections.burnMarginPoints),
    recentlyResolvedDays: String(detections.recentlyResolvedDays),
    estimateExemptTypes: [...detections.estimateExemptTypes],
    disabledDetectors: [...detections.disabled],
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return at.toISOString().slice(0, 10) === text;
}

type Budget = { totalHours: number; start: string; end: string; weeklyPlanHours?: Record<string, number> };

export interface ProjectManagerInput {
  timeZone: string;
  raidEditors: RaidEditors;
  budget: Budget | null;
  detections: {
    untouchedDays: number;
    scopeAddedPercent: number;
    burnMarginPoints: number;
    recentlyResolvedDays: number;
    estimateExemptTypes: string[];
    disabled: DetectorId[];
  };
}

/** The settings to save; every field out of bounds gets its message in `errors` (keyed by the field's name). */
export function projectManagerFromDraft(draft: ProjectManagerDraft, errors: Record<string, string>): ProjectManagerInput {
  const take = (field: string, parsed: Parsed): number => {
    if ('error' in parsed) {
      errors[field] = parsed.error;
      return 0;
    }
    return parsed.value;
  };

  const zone = validTimeZone(draft.timeZone);
  if (!zone.ok) errors.timeZone = zone.error.message;

  let budget: Budget | null = null;
  if (draft.budgetEnabled) {
    const totalHours = take('budgetHours', wholeNumber(draft.budgetHours, PM_LIMITS.budgetHours, 'the budget in hours'));
    const startOk = isCalendarDate(draft.budgetStart);
    const endOk = isCalendarDate(draft.budgetEnd);
    if (!startOk) errors.budgetStart = 'Enter the first day of the budget as a date (YYYY-MM-DD).';
    if (!endOk) errors.budgetEnd = 'Enter the last day of the budget as a date (YYYY-MM-DD).';
    else if (startOk && draft.budgetEnd < draft.budgetStart) errors.budgetEnd = 'The budget ends before it starts: choose a last day on or after the first.';
    const plan = parseWeeklyPlan(draft.weeklyPlan);
    if (!plan.ok) errors.weeklyPlan = plan.error;
    budget = { totalHours, start: draft.budgetStart, end: draft.budgetEnd, ...(plan.ok && plan.plan ? { weeklyPlanHours: plan.plan } : {}) };
  }

  const types = [...new Set(draft.estimateExemptTypes.map((t) => t.trim()).filter((t) => t !== ''))];
  if (types.length > PM_LIMITS.estimateExemptTypes) errors.estimateExemptTypes = `Choose at most ${PM_LIMITS.estimateExemptTypes} issue types.`;

  return {
    timeZone: zone.ok ? zone.value : draft.timeZone.trim(),
    raidEditors: draft.raidEditors,
    budget,
    detections: {
      untouchedDays: take('untouchedDays', wholeNumber(draft.untouchedDays, PM_LIMITS.untouchedDays, 'a number of days')),
      scopeAddedPercent: take('scopeAddedPercent', decimalNumber(draft.scopeAddedPercent, PM_LIMITS.scopeAddedPercent, 'a percentage')),
      burnMarginPoints: take('burnMarginPoints', decimalNumber(draft.burnMarginPoints, PM_LIMITS.burnMarginPoints, 'a number of percentage points')),
      recentlyResolvedDays: take('recentlyResolvedDays', wholeNumber(draft.recentlyResolvedDays, PM_LIMITS.recentlyResolvedDays, 'a number of days')),
      estimateExemptTypes: types,
      disabled: [...draft.disabledDetectors],
    },
  };
}
