import type { LocalDate } from '../weeks';
import type { RaidItem } from './raid-item';

/** An unvalidated assumption whose validate-by date has passed (the day itself is not overdue yet). */
export function assumptionOverdue(item: RaidItem, today: LocalDate): boolean {
  return item.kind === 'assumption' && item.status === 'unvalidated' && item.validateBy !== null && item.validateBy < today;
}

/** A risk that is not closed and whose next review date has passed. */
export function reviewOverdue(item: RaidItem, today: LocalDate): boolean {
  return item.kind === 'risk' && item.status !== 'closed' && item.nextReviewDate !== null && item.nextReviewDate < today;
}
