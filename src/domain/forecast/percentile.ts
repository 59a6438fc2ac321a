/**
 * Nearest-rank percentile of ascending values: the smallest value with at least q of all values at or
 * below it (P85 of 100 trials is the 85th). Infinity stands for a trial that did not finish.
 */
export function nearestRank(sortedAscending: readonly number[], q: number): number {
  if (sortedAscending.length === 0) return Number.POSITIVE_INFINITY;
  const rank = Math.max(1, Math.ceil(q * sortedAscending.length));
  return sortedAscending[rank - 1] ?? Number.POSITIVE_INFINITY;
}
