/**
 * ISO weeks in the page's words. A label such as "2026-W49" is what the data and the report use; people
 * read "W49" with its Monday and Sunday ("30 Nov – 6 Dec"). The week arithmetic is the domain's own.
 */
import { addIsoWeeks, isoWeek } from '../../../../../src/domain/weeks';
import { formatDay } from './calendar-dates';

/** "W49" (the year is added when the weeks shown span two years). */
export function shortWeek(label: string, withYear = false): string {
  const [year, week] = label.split('-');
  return withYear ? `${week ?? label} ${year ?? ''}`.trim() : (week ?? label);
}

/** "30 Nov – 6 Dec 2026" for a week label; the label itself when it is not a week. */
export function weekDates(label: string): string {
  const week = isoWeek(label);
  if (!week.ok) return label;
  return `${formatDay(week.value.start, false)} – ${formatDay(week.value.end)}`;
}

/** The label `n` weeks before (negative) or after a week, or null past the calendar. */
export function weekOffset(label: string, n: number): string | null {
  const week = addIsoWeeks(label, n);
  return week.ok ? week.value.week : null;
}
