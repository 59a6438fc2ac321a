/** Days and instants as the page shows them: "12 Mar 2026", "12 Mar 2026, 10:42", in the reader's locale. */

/** A calendar day (YYYY-MM-DD) as written, never shifted by a time zone. */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An instant (ISO) in the reader's time zone. */
export function momentText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "W48 2026" from "2026-W48": the weeks of the exposure trend. */
export function weekText(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/u.exec(week);
  return match ? `W${match[2]} ${match[1]}` : week;
}
