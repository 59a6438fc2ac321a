/** Plain-words helpers the detectors' titles and explanations share, so they read alike. */

/** "1 ticket", "3 tickets"; `plural` for irregular words ("1 is", "3 are" is not handled here). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "1 day", "9 days". */
export function days(n: number): string {
  return count(n, 'day');
}

/** "is" or "are" for a count. */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

/** A percentage for reading: whole numbers as they are, others with one decimal ("35 %", "12.5 %"). */
export function percent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} %`;
}

/** "ACC-1, ACC-2 and ACC-3". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "has" or "have" for a count. */
export function hasHave(n: number): string {
  return n === 1 ? 'has' : 'have';
}

/** "1 point", "2.5 points", rounded to 2 decimals. */
export function pointsText(n: number): string {
  return count(Math.round(n * 100) / 100, 'point');
}
