/** "A", "A or B", "A, B or C", "A, B, C or 2 others": people to ask, as a sentence. */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} or ${rest} other${rest === 1 ? '' : 's'}` : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}
