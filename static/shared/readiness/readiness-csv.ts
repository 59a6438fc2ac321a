/** The readiness table as a CSV file: one line per ticket, with its failed checks and sign-off in words. */
import { csvTable } from '../../../src/domain/text/csv';
import { signoffText } from '../signoff/signoff-states';
import { failureNames } from './check-names';
import type { TicketReadiness } from './readiness-api';

export function readinessCsv(tickets: readonly TicketReadiness[], threshold: number): string {
  const header = ['Key', 'Summary', 'Score', 'Threshold', 'Ready', 'Failed checks', 'Sign-off'];
  const rows = tickets.map((t) => [t.key, t.summary, t.score, threshold, t.ready ? 'yes' : 'no', failureNames(t.failedChecks).join('; '), signoffText(t.signoff)]);
  return csvTable(header, rows);
}

/** A file name from the sprint name, safe on every OS. */
export function csvFileName(sprintName: string): string {
  const base = sprintName.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'sprint';
  return `readiness-${base}.csv`;
}
