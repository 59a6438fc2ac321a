import { assumptionOverdue, itemLabel, reviewOverdue, type Assumption, type Risk } from '../raid';
import { daysBetween } from '../weeks';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byCount, scale } from './proposal';
import type { Signal } from './signal';
import { count, days, isAre, listed } from './wording';

/**
 * Unvalidated assumptions past their validate-by date (the day itself is not past yet), one signal for the
 * register, key `assumption-overdue`: the items are already in the register, so the signal is a reminder
 * with the list, oldest first. Evidence keys are the item labels, not issue keys.
 */
export function detectAssumptionOverdue(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const overdue = facts.raidItems
    .filter((i): i is Assumption => assumptionOverdue(i, context.today))
    .map((item) => ({ item, late: daysBetween(item.validateBy ?? context.today, context.today) }))
    .sort((a, b) => b.late - a.late || a.item.number - b.item.number);
  const oldest = overdue[0];
  if (oldest === undefined) return [];
  const n = overdue.length;
  return [
    {
      detector: 'assumption-overdue',
      signalKey: 'assumption-overdue',
      title: `${count(n, 'assumption')} ${isAre(n)} past ${n === 1 ? 'its' : 'their'} validate-by date`,
      explanation: `${listed(overdue.map((o) => itemLabel(o.item)))} ${isAre(n)} still unvalidated after the date set to check ${n === 1 ? 'it' : 'them'}; the oldest, ${itemLabel(oldest.item)}, by ${days(oldest.late)}. Plans resting on an unchecked assumption may be wrong.`,
      evidence: overdue.map(({ item, late }) => ({ key: itemLabel(item), summary: item.title, fact: `validate by ${item.validateBy ?? ''}, ${days(late)} ago` })),
      proposedLikelihood: byCount(n),
      proposedImpact: 3,
    },
  ];
}

/**
 * Risks that are not closed and whose next review date has passed, one signal for the register, key
 * `review-overdue`. The proposed impact is the highest impact among those risks: an unreviewed risk can
 * hurt as much as it was rated to.
 */
export function detectReviewOverdue(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const overdue = facts.raidItems
    .filter((i): i is Risk => reviewOverdue(i, context.today))
    .map((item) => ({ item, late: daysBetween(item.nextReviewDate ?? context.today, context.today) }))
    .sort((a, b) => b.late - a.late || a.item.number - b.item.number);
  const oldest = overdue[0];
  if (oldest === undefined) return [];
  const n = overdue.length;
  return [
    {
      detector: 'review-overdue',
      signalKey: 'review-overdue',
      title: `${count(n, 'risk')} ${isAre(n)} past ${n === 1 ? 'its' : 'their'} review date`,
      explanation: `${listed(overdue.map((o) => itemLabel(o.item)))} ${isAre(n)} past ${n === 1 ? 'its' : 'their'} next review date; the oldest, ${itemLabel(oldest.item)}, by ${days(oldest.late)}. A risk nobody looked at may have grown.`,
      evidence: overdue.map(({ item, late }) => ({ key: itemLabel(item), summary: item.title, fact: `review due ${item.nextReviewDate ?? ''}, ${days(late)} ago; score ${item.score}` })),
      proposedLikelihood: byCount(n),
      proposedImpact: scale(Math.max(...overdue.map((o) => o.item.impact))),
    },
  ];
}
