/**
 * The register's order. Score and dates sort by the domain's rule (missing values last whichever way, ties
 * in R, A, I, D order); the table is handed each item's rank so its own sorting keeps that order. The other
 * columns sort by their own values (the ID by kind, then number: … A-1 …).
 */
import type { SortOrderType } from '@atlaskit/dynamic-table/types';
import { sortRaidItems, type RaidSortKey } from '../../../../../../../src/domain/raid/raid-view';
import type { RaidItemView } from '../../../project-page-api';

export const SORT_COLUMNS = { score: 'score', dates: 'dueDate' } as const satisfies Record<string, RaidSortKey>;
export type RankedColumn = keyof typeof SORT_COLUMNS;

export interface RegisterSort {
  key: string;
  order: SortOrderType;
}

export const DEFAULT_SORT: RegisterSort = { key: 'score', order: 'DESC' };

export function isRanked(key: string): key is RankedColumn {
  return key in SORT_COLUMNS;
}

/** Each item's place for the column sorted by: 0 first, whichever direction the table sorts in. */
export function ranks(views: readonly RaidItemView[], sort: RegisterSort): Map<string, number> {
  if (!isRanked(sort.key)) return new Map();
  const ordered = sortRaidItems(
    views.map((v) => v.item),
    { by: SORT_COLUMNS[sort.key], direction: sort.order === 'ASC' ? 'asc' : 'desc' },
  );
  // The table sorts the keys itself: ascending keys for ASC, descending for DESC.
  return new Map(ordered.map((item, index) => [item.id, sort.order === 'ASC' ? index : ordered.length - index]));
}
