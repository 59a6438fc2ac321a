/**
 * What the register list shows: kinds, statuses, owner, overdue only, words, and a heat-map cell. Every
 * part narrows the list; the domain's own filter does the matching (words in any case and accents, the live
 * risks of a cell), so the page and the register never disagree.
 */
import type { HeatBasis } from '../../../../../../../src/domain/raid/heat-map';
import type { RaidKind, Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { filterRaidItems } from '../../../../../../../src/domain/raid/raid-view';
import type { RaidItemView } from '../../../project-page-api';

export interface HeatCellChoice {
  likelihood: Scale;
  impact: Scale;
  basis: HeatBasis;
}

export interface RegisterFilter {
  text: string;
  kinds: RaidKind[];
  statuses: string[];
  /** An accountId, "nobody" for items without an owner, or null for anyone. */
  owner: string | null;
  overdueOnly: boolean;
  cell: HeatCellChoice | null;
  /** Closed risks and issues are kept out of the way unless asked for; the register keeps them all. */
  showClosed: boolean;
}

export const NOBODY = 'nobody';

export const NO_FILTER: RegisterFilter = { text: '', kinds: [], statuses: [], owner: null, overdueOnly: false, cell: null, showClosed: false };

/** A closed risk or issue: done with, listed only on request (or when its status is asked for). */
export function isClosed(view: RaidItemView): boolean {
  return view.item.status === 'closed';
}

/** Whether the person narrowed the list (hiding closed items is the list's default, not a filter). */
export function isFiltered(filter: RegisterFilter): boolean {
  return filter.text.trim() !== '' || filter.kinds.length > 0 || filter.statuses.length > 0 || filter.owner !== null || filter.overdueOnly || filter.cell !== null;
}

export function filteredItems(views: readonly RaidItemView[], filter: RegisterFilter): RaidItemView[] {
  const kept = new Set(
    filterRaidItems(
      views.map((v) => v.item),
      {
        ...(filter.kinds.length > 0 ? { kinds: filter.kinds } : {}),
        ...(filter.statuses.length > 0 ? { statuses: filter.statuses } : {}),
        ...(filter.owner === null ? {} : { owner: filter.owner === NOBODY ? null : filter.owner }),
        ...(filter.text.trim() === '' ? {} : { text: filter.text }),
        ...(filter.cell === null ? {} : { cell: filter.cell }),
      },
    ).map((item) => item.id),
  );
  // "Overdue" is the view's judgement: reviews past due and assumptions past their validate-by day.
  const closedAsked = filter.showClosed || filter.statuses.includes('closed');
  return views.filter((v) => kept.has(v.item.id) && (!filter.overdueOnly || v.overdue) && (closedAsked || !isClosed(v)));
}
