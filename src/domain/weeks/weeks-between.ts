import { fail, ok, type Result } from '../criteria/result';
import { addDaysToDate, validLocalDate, type LocalDate } from './local-date';
import { isoWeek, isoWeekOfDate, type IsoWeek } from './iso-week';

/** A guard against a typo such as 2206 for 2026 producing ten thousand weeks. */
export const MAX_WEEKS_IN_RANGE = 1_000;

export type WeekRangeError = 'invalid_date' | 'invalid_week' | 'invalid_range';

/** Every week touching the dates from `from` to `to` (both included), in order. */
export function weeksBetween(from: LocalDate, to: LocalDate): Result<IsoWeek[], WeekRangeError> {
  const start = validLocalDate(from, 'The first date');
  if (!start.ok) return start;
  const end = validLocalDate(to, 'The last date');
  if (!end.ok) return end;
  if (end.value < start.value) return fail('invalid_range', `The range ends (${end.value}) before it starts (${start.value}).`);
  const first = isoWeekOfDate(start.value);
  if (!first.ok) return first;
  const weeks: IsoWeek[] = [first.value];
  let last = first.value;
  while (last.end < end.value) {
    if (weeks.length >= MAX_WEEKS_IN_RANGE) {
      return fail('invalid_range', `${start.value} to ${end.value} spans more than ${MAX_WEEKS_IN_RANGE} weeks; choose a shorter range.`);
    }
    const next = isoWeekOfDate(addDaysToDate(last.start, 7));
    if (!next.ok) return next;
    weeks.push(next.value);
    last = next.value;
  }
  return ok(weeks);
}

/** Every week from one label to another (both included), in order. */
export function weekRange(fromWeek: string, toWeek: string): Result<IsoWeek[], WeekRangeError> {
  const from = isoWeek(fromWeek);
  if (!from.ok) return from;
  const to = isoWeek(toWeek);
  if (!to.ok) return to;
  if (to.value.week < from.value.week) return fail('invalid_range', `The range ends (${to.value.week}) before it starts (${from.value.week}).`);
  return weeksBetween(from.value.start, to.value.start);
}
