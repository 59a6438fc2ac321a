/**
 * The weeks the report can cover: the current week (so far) and the half-year of complete weeks before it,
 * newest first, each named with its dates. The default is the last complete week, which the report's
 * resolver answers when asked without a week.
 */
import { shortWeek, weekDates, weekOffset } from '../common/week-label';

export interface WeekOption {
  label: string;
  value: string;
}

export const WEEKS_BACK = 26;

export function weekOptions(lastCompleteWeek: string, weeksBack = WEEKS_BACK): WeekOption[] {
  const options: WeekOption[] = [];
  const current = weekOffset(lastCompleteWeek, 1);
  if (current) options.push({ label: `${shortWeek(current, true)} · ${weekDates(current)} (this week so far)`, value: current });
  for (let back = 0; back < weeksBack; back++) {
    const week = weekOffset(lastCompleteWeek, -back);
    if (week === null) break;
    options.push({ label: `${shortWeek(week, true)} · ${weekDates(week)}${back === 0 ? ' (last week)' : ''}`, value: week });
  }
  return options;
}

/** "weekly-report-acc-2026-w49.csv" */
export function reportFileName(projectKey: string, week: string): string {
  const safe = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  return `weekly-report-${safe(projectKey) || 'project'}-${safe(week)}.csv`;
}
