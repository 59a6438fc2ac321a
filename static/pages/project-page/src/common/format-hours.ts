/**
 * Hours as the page writes them: at most two decimals (the back end rounds summed seconds to hundredths),
 * grouped by the reader's locale. Sums are made in hundredths so that 0.1 + 0.2 stays 0.3.
 */
export function formatHours(hours: number): string {
  return hours.toLocaleString(undefined, { maximumFractionDigits: 2 });
}

/** "1,083.5 h": hours with their unit, for tiles and sentences. */
export function hoursText(hours: number): string {
  return `${formatHours(hours)} h`;
}

/** Adds hour figures without floating-point dust (each figure has at most two decimals). */
export function sumHours(values: Iterable<number>): number {
  let hundredths = 0;
  for (const value of values) hundredths += Math.round(value * 100);
  return hundredths / 100;
}
