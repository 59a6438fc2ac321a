import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byOvershoot } from './proposal';
import type { Signal } from './signal';
import { percent } from './wording';

/**
 * Hours burning ahead of completion: the percentage of the hour budget used minus the percentage of the
 * points done is above `burnMarginPoints` (strictly). One budget per project, so one signal, key
 * `burn-ahead`; no tickets are evidence, the explanation carries the numbers.
 */
export function detectBurnAhead(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const burn = facts.burn;
  if (burn === null) return [];
  const margin = context.settings.burnMarginPoints;
  const gap = burn.percentUsed - burn.percentDone;
  if (gap <= margin) return [];
  const hours = burn.usedHours !== undefined && burn.totalHours !== undefined ? ` (${round(burn.usedHours)} of ${round(burn.totalHours)} hours)` : '';
  const points = burn.donePoints !== undefined && burn.totalPoints !== undefined ? ` (${round(burn.donePoints)} of ${round(burn.totalPoints)} points)` : '';
  return [
    {
      detector: 'burn-ahead',
      signalKey: 'burn-ahead',
      title: `Hours are burning ahead of the work: ${percent(burn.percentUsed)} used, ${percent(burn.percentDone)} done`,
      explanation: `${percent(burn.percentUsed)} of the hour budget is used${hours} but ${percent(burn.percentDone)} of the work is done${points}: ${round(gap)} points apart, more than the margin of ${round(margin)}. At this rate the budget runs out before the work is finished.`,
      evidence: [],
      proposedLikelihood: byOvershoot(gap, margin, 10),
      proposedImpact: burn.percentUsed >= 100 ? 5 : burn.percentUsed >= 75 ? 4 : 3,
    },
  ];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
