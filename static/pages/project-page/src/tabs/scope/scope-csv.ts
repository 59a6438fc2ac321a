/**
 * The Scope tab as CSV files: the ledger of a sprint (one line per ticket and figure, with its changes) and the
 * velocity table (one line per sprint). Dates and times are ISO, so spreadsheets sort them; no formatting.
 */
import { csvTable } from '../../../../../../src/domain/text/csv';
import type { SprintLedgerView, SprintScopeSummary } from '../../project-page-api';
import { LEDGER_PARTS, PART_WORDS } from './ledger-parts';
import { reEstimateNet } from './ledger-steps';

/** A file name from a sprint's name, safe on every OS. */
export function scopeFileName(prefix: string, name: string): string {
  const base = name.replace(/[^a-z0-9]+/giu, '-').replace(/^-+|-+$/gu, '').toLowerCase() || 'sprint';
  return `${prefix}-${base}.csv`;
}

export function ledgerCsv(ledger: SprintLedgerView): string {
  const header = ['Sprint', 'Figure', 'Key', 'Summary', ledger.estimate === 'points' ? 'Points' : 'Count', 'Estimate from', 'Estimate to', 'Changes'];
  const rows = LEDGER_PARTS.flatMap((part) =>
    ledger[part].map((ticket) => {
      const change = 'from' in ticket ? ticket : null;
      const events = ticket.events.map((e) => `${e.at} ${e.by?.displayName ?? 'Jira'}: ${e.what}`).join('; ');
      return [ledger.name, PART_WORDS[part].label, ticket.key, ticket.summary, ticket.points ?? '', change?.from ?? '', change?.to ?? '', events];
    }),
  );
  return csvTable(header, rows);
}

export function velocityCsv(sprints: readonly SprintScopeSummary[]): string {
  const header = [
    'Sprint',
    'State',
    'Start',
    'Planned end',
    'Completed on',
    'Committed points',
    'Added points',
    'Removed points',
    'Re-estimated points (net)',
    'Completed points',
    'Not completed points',
    'Committed tickets',
    'Added tickets',
    'Removed tickets',
    'Re-estimated tickets',
    'Completed tickets',
    'Not completed tickets',
    'Churn %',
  ];
  const rows = sprints.map((s) => [
    s.name,
    s.state,
    s.startDate ?? '',
    s.endDate ?? '',
    s.completeDate ?? '',
    s.points.committed,
    s.points.added,
    s.points.removed,
    reEstimateNet(s, 'points'),
    s.points.completed,
    s.points.notCompleted,
    s.counts.committed,
    s.counts.added,
    s.counts.removed,
    s.counts.reEstimated,
    s.counts.completed,
    s.counts.notCompleted,
    s.churn === null ? '' : Math.round(s.churn * 1000) / 10,
  ]);
  return csvTable(header, rows);
}
