import type { LocalDate } from '../weeks';
import { riskPosition, isLiveRisk, type HeatBasis } from './heat-map';
import { reviewOverdue } from './raid-due';
import type { RaidItem } from './raid-item';
import { itemLabel, RAID_KINDS, type RaidKind } from './raid-kinds';

/** Each part narrows the list; a part left out keeps everything. */
export interface RaidFilter {
  readonly kinds?: readonly RaidKind[];
  readonly statuses?: readonly string[];
  /** An accountId, or null for items nobody owns. */
  readonly owner?: string | null;
  /** Every word must appear in the label, title, description, cause or actions (any case, any accents). */
  readonly text?: string;
  /** A heat-map cell: the live risks shown there. */
  readonly cell?: { readonly likelihood: number; readonly impact: number; readonly basis?: HeatBasis };
  /** Risks whose review date is before this day. */
  readonly reviewOverdueOn?: LocalDate;
}

export function filterRaidItems(items: readonly RaidItem[], filter: RaidFilter): RaidItem[] {
  const words = filter.text === undefined ? [] : folded(filter.text).split(/\s+/u).filter((w) => w !== '');
  return items.filter((item) => {
    if (filter.kinds !== undefined && !filter.kinds.includes(item.kind)) return false;
    if (filter.statuses !== undefined && !filter.statuses.includes(item.status)) return false;
    if (filter.owner !== undefined && item.owner !== filter.owner) return false;
    if (words.length > 0) {
      const haystack = folded(searchableText(item));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    if (filter.cell !== undefined) {
      if (!isLiveRisk(item)) return false;
      const at = riskPosition(item, filter.cell.basis ?? 'inherent');
      if (at.likelihood !== filter.cell.likelihood || at.impact !== filter.cell.impact) return false;
    }
    if (filter.reviewOverdueOn !== undefined && !reviewOverdue(item, filter.reviewOverdueOn)) return false;
    return true;
  });
}

export const RAID_SORT_KEYS = ['score', 'dueDate', 'nextReview', 'number', 'updated'] as const;
export type RaidSortKey = (typeof RAID_SORT_KEYS)[number];

export interface RaidSort {
  readonly by: RaidSortKey;
  /** Defaults: highest score first, earliest dates first, lowest number first, latest update first. */
  readonly direction?: 'asc' | 'desc';
}

const DEFAULT_DIRECTION: Readonly<Record<RaidSortKey, 'asc' | 'desc'>> = { score: 'desc', dueDate: 'asc', nextReview: 'asc', number: 'asc', updated: 'desc' };

/**
 * Sorted copy. Items without the sorted value (a decision has no score, a risk no due date) come last in
 * either direction; ties keep kind order (R, A, I, D) and then number.
 */
export function sortRaidItems(items: readonly RaidItem[], sort: RaidSort): RaidItem[] {
  const sign = (sort.direction ?? DEFAULT_DIRECTION[sort.by]) === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, sort.by);
    const y = sortValue(b, sort.by);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return (x < y ? -1 : 1) * sign;
    }
    return RAID_KINDS.indexOf(a.kind) - RAID_KINDS.indexOf(b.kind) || a.number - b.number;
  });
}

function sortValue(item: RaidItem, by: RaidSortKey): number | string | null {
  switch (by) {
    case 'score':
      return item.kind === 'risk' ? item.score : null;
    case 'dueDate':
      return item.kind === 'risk' ? item.dueDate : item.kind === 'assumption' ? item.validateBy : null;
    case 'nextReview':
      return item.kind === 'risk' ? item.nextReviewDate : null;
    case 'number':
      return item.number;
    case 'updated':
      return Date.parse(item.updatedAt);
  }
}

function searchableText(item: RaidItem): string {
  const parts = [itemLabel(item), item.title, item.description];
  if (item.kind === 'risk') parts.push(item.cause, item.actions);
  return parts.join('\n');
}

/** Lower case without accents, so "resume" finds "Résumé". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
