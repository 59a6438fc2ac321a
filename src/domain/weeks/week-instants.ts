import { ok, type Result } from '../criteria/result';
import { addDaysToDate, startOfLocalDate } from './local-date';
import { isoWeek } from './iso-week';
import { validTimeZone } from './time-zone';

/**
 * The instants a week covers in a zone: from Monday's first instant (included) to the next Monday's
 * (excluded). Across a daylight saving change the week is 167 or 169 hours long, never 168 plus drift.
 */
export function weekInstants(label: string, timeZone?: string): Result<{ startMs: number; endMs: number }, 'invalid_week' | 'invalid_time_zone'> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  const week = isoWeek(label);
  if (!week.ok) return week;
  return ok({
    startMs: startOfLocalDate(week.value.start, zone.value),
    endMs: startOfLocalDate(addDaysToDate(week.value.start, 7), zone.value),
  });
}
