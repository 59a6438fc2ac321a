/** The readiness table as CSV (RFC 4180). Pure: the download itself is in download.ts. */
import { failureNames } from './check-names';
import type { TicketReadiness } from './readiness-api';
import { signoffText } from './signoff-names';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula (CSV injection). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function readinessCsv(tickets: readonly TicketReadiness[], threshold: number): string {
  const header = ['Key', 'Summary', 'Score', 'Threshold', 'Ready', 'Failed checks', 'Sign-off'];
  const lines = tickets.map((t) =>
    [t.key, t.summary, t.score, threshold, t.ready ? 'yes' : 'no', failureNames(t.failedChecks).join('; '), signoffText(t.signoff)].map(csvCell).join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** A file name from the sprint name, safe on every OS. */
export function csvFileName(sprintName: string): string {
  const base = sprintName.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'sprint';
  return `readiness-${base}.csv`;
}
