/**
 * Canonical form used for hashing and de-duplication: trimmed, every run of whitespace
 * (spaces, tabs, newlines, non-breaking spaces) collapsed to one space, case kept.
 * Case is kept on purpose: "Admin" and "admin" can mean different things in a criterion,
 * while re-wrapping or re-indenting a line never changes its meaning.
 */
export function canonicalText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Length in characters as a person counts them (code points, so an emoji counts once). */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** "2000" -> "2,000", independent of the host locale so messages are stable. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}
