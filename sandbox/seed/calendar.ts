/** Wall-clock time in a person's time zone, for work logged on their weekdays (deterministic: Intl's tz data). */
export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/** A calendar day, as the UTC midnight of that date (weekday arithmetic stays in UTC). */
export interface LocalDay {
  /** Date.UTC(year, month, day) of the local date. */
  dayMs: number;
}

/** The instant at which the wall clock in `timeZone` shows `hours` (fractional) on the local date `day`. */
export function zonedInstant(day: LocalDay, hours: number, timeZone: string): Date {
  const wall = day.dayMs + Math.round(hours * 60) * 60_000;
  let guess = wall - offsetAt(timeZone, wall);
  // A second pass settles days on which the offset changes (daylight saving).
  guess = wall - offsetAt(timeZone, guess);
  return new Date(guess);
}

/** The local date in `timeZone` at `instant`. */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const shifted = instant.getTime() + offsetAt(timeZone, instant.getTime());
  return { dayMs: Math.floor(shifted / DAY_MS) * DAY_MS };
}

export function isWeekday(day: LocalDay): boolean {
  const weekday = new Date(day.dayMs).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

export function isMonday(day: LocalDay): boolean {
  return new Date(day.dayMs).getUTCDay() === 1;
}

/** Every local date from the one holding `from` to the one holding `to`, in order. */
export function localDays(from: Date, to: Date, timeZone: string): LocalDay[] {
  const days: LocalDay[] = [];
  const last = localDayOf(to, timeZone).dayMs;
  for (let day = localDayOf(from, timeZone).dayMs; day <= last; day += DAY_MS) days.push({ dayMs: day });
  return days;
}
