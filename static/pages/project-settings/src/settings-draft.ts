/**
 * The settings form's state: numbers are kept as typed (strings) so a half-typed value is not lost, and
 * are checked only on save against the same bounds the backend enforces, with one message per field.
 */
import type { ProjectSettings, ProjectSettingsInput } from '../../../../src/domain/settings/project-settings';
import type { CheckId, Severity } from '../../../../src/domain/readiness/types';
import { wholeNumber } from './number-text';
import { projectManagerDraft, projectManagerFromDraft, type ProjectManagerDraft } from './project-manager-draft';

export interface CheckDraft {
  enabled: boolean;
  weight: string;
  severity: Severity;
}

export interface SettingsDraft extends ProjectManagerDraft {
  checks: Partial<Record<CheckId, CheckDraft>>;
  threshold: string;
  minDescriptionLength: string;
  storyIssueTypes: string[];
  /** One term per line. */
  vagueTerms: string;
  /** Not edited on this page; saved as loaded. */
  blockingRelations: string[];
  scheduleMode: 'before-sprint' | 'weekly';
  daysBefore: string;
  weekday: number;
  hour: number;
  commentOnDecision: boolean;
  commentOnUnready: boolean;
}

/** Field names for inline errors: `threshold`, `weight:ac.missing`, ... */
export type FieldErrors = Record<string, string>;

export const LIMITS = {
  weight: { min: 0, max: 100 },
  threshold: { min: 0, max: 100 },
  minDescriptionLength: { min: 0, max: 10_000 },
  daysBefore: { min: 0, max: 14 },
  vagueTerms: 300,
  vagueTermLength: 60,
} as const;

const DEFAULT_DAYS_BEFORE = 2;
const DEFAULT_WEEKDAY = 1;
const DEFAULT_HOUR = 9;

export function draftFromSettings(settings: ProjectSettings): SettingsDraft {
  const checks: Partial<Record<CheckId, CheckDraft>> = {};
  for (const [id, rule] of Object.entries(settings.rubric.checks) as Array<[CheckId, ProjectSettings['rubric']['checks'][CheckId]]>) {
    checks[id] = { enabled: rule.enabled, weight: String(rule.weight), severity: rule.severity };
  }
  const schedule = settings.schedule;
  return {
    checks,
    threshold: String(settings.rubric.threshold),
    minDescriptionLength: String(settings.rubric.minDescriptionLength),
    storyIssueTypes: [...settings.rubric.storyIssueTypes],
    vagueTerms: settings.rubric.vagueTerms.join('\n'),
    blockingRelations: [...settings.rubric.blockingRelations],
    scheduleMode: schedule.mode,
    daysBefore: String(schedule.mode === 'before-sprint' ? schedule.daysBefore : DEFAULT_DAYS_BEFORE),
    weekday: schedule.mode === 'weekly' ? schedule.weekday : DEFAULT_WEEKDAY,
    hour: schedule.mode === 'weekly' ? schedule.hour : DEFAULT_HOUR,
    commentOnDecision: settings.commentOnDecision,
    commentOnUnready: settings.commentOnUnready,
    ...projectManagerDraft(settings.projectManager),
  };
}

/** The terms of the textarea: trimmed, blank lines dropped, repeats (in any case) kept once. */
export function vagueTermList(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const term = line.trim();
    if (!term || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    terms.push(term);
  }
  return terms;
}

export type DraftCheck = { ok: true; settings: ProjectSettingsInput } | { ok: false; errors: FieldErrors };

/** The whole settings to save, or a message for every field that is out of bounds. */
export function settingsFromDraft(draft: SettingsDraft): DraftCheck {
  const errors: FieldErrors = {};
  const number = (field: string, text: string, bounds: { min: number; max: number }, what: string): number => {
    const parsed = wholeNumber(text, bounds, what);
    if ('error' in parsed) {
      errors[field] = parsed.error;
      return 0;
    }
    return parsed.value;
  };

  const checks: Partial<Record<CheckId, { enabled: boolean; weight: number; severity: Severity }>> = {};
  for (const [id, rule] of Object.entries(draft.checks) as Array<[CheckId, CheckDraft]>) {
    checks[id] = { enabled: rule.enabled, weight: number(`weight:${id}`, rule.weight, LIMITS.weight, 'a weight'), severity: rule.severity };
  }
  const threshold = number('threshold', draft.threshold, LIMITS.threshold, 'a ready score');
  const minDescriptionLength = number('minDescriptionLength', draft.minDescriptionLength, LIMITS.minDescriptionLength, 'a length');
  const daysBefore = draft.scheduleMode === 'before-sprint' ? number('daysBefore', draft.daysBefore, LIMITS.daysBefore, 'a number of days') : 0;

  const vagueTerms = vagueTermList(draft.vagueTerms);
  const tooLong = vagueTerms.find((term) => term.length > LIMITS.vagueTermLength);
  if (tooLong) errors.vagueTerms = `"${tooLong.slice(0, 30)}…" is longer than ${LIMITS.vagueTermLength} characters: put one word or phrase per line.`;
  else if (vagueTerms.length > LIMITS.vagueTerms) errors.vagueTerms = `The list has ${vagueTerms.length} terms; keep it to ${LIMITS.vagueTerms}.`;

  const projectManager = projectManagerFromDraft(draft, errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      rubric: { checks, threshold, minDescriptionLength, vagueTerms, storyIssueTypes: [...draft.storyIssueTypes], blockingRelations: [...draft.blockingRelations] },
      schedule: draft.scheduleMode === 'before-sprint' ? { mode: 'before-sprint', daysBefore } : { mode: 'weekly', weekday: draft.weekday, hour: draft.hour },
      commentOnDecision: draft.commentOnDecision,
      commentOnUnready: draft.commentOnUnready,
      projectManager,
    },
  };
}
