import { csvTable, type CsvValue } from '../text';
import type { RaidItem } from './raid-item';
import { itemLabel } from './raid-kinds';

/** Display names for account ids (owner, decided by, created by ...); an unknown id is shown as is. */
export type PeopleNames = ReadonlyMap<string, string>;

const COLUMNS: ReadonlyArray<readonly [string, (item: RaidItem, name: (id: string | null) => string) => CsvValue]> = [
  ['Number', (i) => itemLabel(i)],
  ['Kind', (i) => i.kind],
  ['Title', (i) => i.title],
  ['Status', (i) => i.status],
  ['Owner', (i, name) => name(i.owner)],
  ['Likelihood', (i) => (i.kind === 'risk' ? i.likelihood : null)],
  ['Impact', (i) => (i.kind === 'risk' ? i.impact : null)],
  ['Score', (i) => (i.kind === 'risk' ? i.score : null)],
  ['Residual likelihood', (i) => (i.kind === 'risk' ? i.residualLikelihood : null)],
  ['Residual impact', (i) => (i.kind === 'risk' ? i.residualImpact : null)],
  ['Residual score', (i) => (i.kind === 'risk' ? i.residualScore : null)],
  ['Category', (i) => (i.kind === 'risk' ? i.category : null)],
  ['Response', (i) => (i.kind === 'risk' ? i.response : null)],
  ['Due date', (i) => (i.kind === 'risk' ? i.dueDate : null)],
  ['Next review', (i) => (i.kind === 'risk' ? i.nextReviewDate : null)],
  ['Validate by', (i) => (i.kind === 'assumption' ? i.validateBy : null)],
  ['Severity', (i) => (i.kind === 'issue' ? i.severity : null)],
  ['Decided by', (i, name) => (i.kind === 'decision' ? name(i.decidedBy) : null)],
  ['Decided on', (i) => (i.kind === 'decision' ? i.decidedAt : null)],
  ['Description', (i) => i.description],
  ['Cause', (i) => (i.kind === 'risk' ? i.cause : null)],
  ['Actions', (i) => (i.kind === 'risk' ? i.actions : null)],
  ['Warning signs', (i) => (i.kind === 'risk' ? i.trigger : null)],
  ['Resolution', (i) => (i.kind === 'issue' ? i.resolution : null)],
  ['Rationale', (i) => (i.kind === 'decision' ? i.rationale : null)],
  ['Linked issues', (i) => i.linkedIssues.join(' ')],
  ['Created', (i) => i.createdAt],
  ['Created by', (i, name) => name(i.createdBy)],
  ['Updated', (i) => i.updatedAt],
  ['Updated by', (i, name) => name(i.updatedBy)],
];

/** The header row of the export, in plain words. */
export const RAID_CSV_HEADER: readonly string[] = COLUMNS.map(([title]) => title);

/**
 * The items as CSV (RFC 4180, CRLF, formula-looking cells defused), in the order given: filter and sort
 * first. One column set for every kind; a column that does not apply to an item is empty.
 */
export function raidCsv(items: readonly RaidItem[], names: PeopleNames = new Map()): string {
  const name = (id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
  return csvTable(
    RAID_CSV_HEADER,
    items.map((item) => COLUMNS.map(([, cell]) => cell(item, name))),
  );
}
