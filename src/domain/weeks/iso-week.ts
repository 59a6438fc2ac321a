import { TZDate } from '@date-fns/tz';
import { addWeeks, getISOWeek, getISOWeeksInYear, getISOWeekYear, startOfISOWeek, startOfISOWeekYear } from 'date-fns';
import { fail, ok, type Result } from '../criteria/result';
import { addDaysToDate, formatDay, utcDay, validLocalDate, type LocalDate } from './local-date';
import { validTimeZone } from './time-zone';

/**
 * An ISO 8601 week: Monday to Sunday, week 1 holds the year's first Thursday, so 2026-12-31 is in 2026-W53
 * and 2027-01-01 too. `start` and `end` are local dates (Monday and Sunday); a week label sorts as text.
 */
export interface IsoWeek {
  /** "2026-W48" */
  readonly week: string;
  /** Monday, YYYY-MM-DD */
  readonly start: LocalDate;
  /** Sunday, YYYY-MM-DD */
  readonly end: LocalDate;
}

export type WeekError = 'invalid_week';

const WEEK_LABEL = /^(\d{4})-W(\d{2})$/u;

export function formatIsoWeek(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** Number of ISO weeks in an ISO week-numbering year: 52, or 53 (2026, 2032 ...). */
export function weeksInIsoYear(year: number): number {
  return getISOWeeksInYear(new TZDate(year, 5, 1, 'UTC'));
}

/** "2026-W48" -> {year: 2026, week: 48}; refuses week 0, week 53 of a 52-week year and other spellings. */
export function parseIsoWeek(label: unknown): Result<{ year: number; week: number }, WeekError> {
  const match = typeof label === 'string' ? WEEK_LABEL.exec(label.trim()) : null;
  if (match === null) {
    return fail('invalid_week', `A week is written like 2026-W48 (year, "W", two-digit week); got ${JSON.stringify(label)}.`);
  }
  const year = Number(match[1]);
  const week = Number(match[2]);
  const weeks = weeksInIsoYear(year);
  if (week < 1 || week > weeks) {
    return fail('invalid_week', `${year} has ISO weeks 01 to ${weeks}; ${formatIsoWeek(year, week)} does not exist.`);
  }
  return ok({ year, week });
}

/** The week a local date belongs to. */
export function isoWeekOfDate(date: LocalDate): Result<IsoWeek, 'invalid_date'> {
  const valid = validLocalDate(date);
  if (!valid.ok) return valid;
  return ok(weekOfDay(utcDay(valid.value)));
}

/**
 * The week an instant falls in, as the calendar in `timeZone` sees it (UTC by default): Sunday 23:30 in
 * Berlin is still that week, though it is Sunday 22:30 UTC in winter and 21:30 in summer.
 */
export function isoWeekOf(instantMs: number, timeZone?: string): Result<IsoWeek, 'invalid_time_zone' | 'invalid_instant'> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  if (!Number.isFinite(instantMs)) return fail('invalid_instant', `The time must be epoch milliseconds; got ${String(instantMs)}.`);
  // Every zone's offset is a whole number of quarter hours, so all instants of one UTC quarter hour share a
  // local day: the zone arithmetic (most of the time of bucketing thousands of worklogs) is done once per quarter.
  const slot = `${zone.value}|${Math.floor(instantMs / QUARTER_HOUR_MS)}`;
  const known = weekBySlot.get(slot);
  if (known) return ok(known);
  const week = weekOfDay(new TZDate(instantMs, zone.value));
  if (weekBySlot.size >= MAX_REMEMBERED_SLOTS) weekBySlot.clear();
  weekBySlot.set(slot, week);
  return ok(week);
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** About a year of quarter hours for a few zones: bounded, so a long-lived process does not grow with it. */
const MAX_REMEMBERED_SLOTS = 50_000;
const weekBySlot = new Map<string, IsoWeek>();

/** The week named by a label, with its Monday and Sunday. */
export function isoWeek(label: string): Result<IsoWeek, WeekError> {
  const parsed = parseIsoWeek(label);
  if (!parsed.ok) return parsed;
  // 4 January is always in week 1 of its ISO year.
  const monday = addWeeks(startOfISOWeekYear(new TZDate(parsed.value.year, 0, 4, 'UTC')), parsed.value.week - 1);
  return ok(weekOfDay(monday));
}

/** The week `n` weeks after (or before, negative) a valid week label. */
export function addIsoWeeks(label: string, n: number): Result<IsoWeek, WeekError> {
  const week = isoWeek(label);
  if (!week.ok) return week;
  return ok(weekOfDay(utcDay(addDaysToDate(week.value.start, 7 * n))));
}

function weekOfDay(day: Date): IsoWeek {
  const monday = startOfISOWeek(day);
  const start = formatDay(monday);
  return { week: formatIsoWeek(getISOWeekYear(day), getISOWeek(day)), start, end: addDaysToDate(start, 6) };
}
