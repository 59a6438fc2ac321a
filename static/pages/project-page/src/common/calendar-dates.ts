/**
 * Dates as the page writes them. Two kinds reach it: instants (ISO times of sprints and changelog entries),
 * shown in the viewer's time zone, and calendar days (YYYY-MM-DD release and forecast dates, already in the
 * project's time zone), which must never shift a day with the viewer's zone, so they are read as UTC.
 */

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) as days since 1970-01-01: a number charts can place and subtract. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Back from a day number to YYYY-MM-DD. */
export function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "17 Dec 2026"; "17 Dec" when `withYear` is false. */
export function formatDay(day: string, withYear = true): string {
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return at.toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) });
}

/** "Dec 2026": a chart's month tick. */
export function formatMonth(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', month: 'short', year: 'numeric' });
}

/** "in 10 days", "today", "3 days ago"; weeks from three weeks on, years from two years on. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const size = Math.abs(days);
  const words = size >= 730 ? `${Math.round(size / 365)} years` : size >= 21 ? `${Math.round(size / 7)} weeks` : size === 1 ? '1 day' : `${size} days`;
  return days > 0 ? `in ${words}` : `${words} ago`;
}

/** An instant's day: "25 Nov", with the year when it is not this year's. */
export function formatInstantDay(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const thisYear = at.getFullYear() === new Date().getFullYear();
  return at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(thisYear ? {} : { year: 'numeric' }) });
}

/** An instant with its time: "26 Nov, 18:00". */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatInstantDay(iso)}, ${at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}
