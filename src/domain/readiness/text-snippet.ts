/** Longest evidence string a finding carries: enough to recognise the text, small enough to store. */
export const MAX_EVIDENCE = 200;

/** Trims and shortens text for a finding's evidence, on a word boundary where possible. */
const UNEVEN_SPACE = /\s\s|[\t\n\r\f\v]/;

export function clip(text: string, max = MAX_EVIDENCE): string {
  const flat = (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** The words around a match inside one line of text, so evidence shows the term in context. */
export function around(text: string, start: number, end: number, radius = 40): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart + 1 > from) from = lineStart + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd !== -1 && lineEnd < to) to = lineEnd;
  // Widen to whole words so evidence does not start or end mid-word.
  while (from > 0 && from > lineStart + 1 && /\w/.test(text[from - 1]!)) from--;
  while (to < text.length && /\w/.test(text[to]!)) to++;
  return clip(`${from > lineStart + 1 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length && text[to] !== '\n' ? '…' : ''}`);
}
