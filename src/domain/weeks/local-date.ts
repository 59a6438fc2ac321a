import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { fail, ok, type Result } from '../criteria/result';
import { validTimeZone } from './time-zone';

/**
 * A calendar date without a zone, "YYYY-MM-DD": a due date, the Monday of a week. Dates are compared as
 * strings (the format sorts), and all arithmetic on them happens in UTC, where every day has 24 hours.
 */
export type LocalDate = string;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/u;
const UTC = tz('UTC');

export function validLocalDate(value: unknown, label = 'The date'): Result<LocalDate, 'invalid_date'> {
  if (typeof value !== 'string' || !DATE_SHAPE.test(value)) {
    return fail('invalid_date', `${label} must be a date written YYYY-MM-DD, such as 2026-11-23; got ${JSON.stringify(value)}.`);
  }
  const parsed = parseISO(value, { in: UTC });
  // parseISO accepts 2026-02-30 as invalid, but the round trip also catches anything it would normalise.
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== value) {
    return fail('invalid_date', `${label} ${value} is not a day of the calendar.`);
  }
  return ok(value);
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isLocalDate(value: unknown): value is LocalDate {
  return validLocalDate(value).ok;
}

/** The UTC midnight of a (valid) local date, for date-fns arithmetic. */
export function utcDay(date: LocalDate): TZDate {
  return parseISO(date, { in: UTC });
}

export function formatDay(date: Date): LocalDate {
  return format(date, 'yyyy-MM-dd');
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  return formatDay(addDays(utcDay(date), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** The calendar date an instant falls on in a zone. */
export function localDateOf(instantMs: number, timeZone?: string): Result<LocalDate, 'invalid_time_zone' | 'invalid_instant'> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  if (!Number.isFinite(instantMs)) return fail('invalid_instant', `The time must be epoch milliseconds; got ${String(instantMs)}.`);
  return ok(formatDay(new TZDate(instantMs, zone.value)));
}

/**
 * The first instant of a local date in a zone: midnight, or the first minute that exists when daylight
 * saving time skips midnight (as in America/Santiago).
 */
export function startOfLocalDate(date: LocalDate, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone).getTime();
}
