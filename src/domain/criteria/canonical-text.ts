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

// Format characters (zero-width space and joiners, bidi marks, soft hyphen...) and every kind of space.
const INVISIBLE = /[\p{Cf}\p{Z}\s]/gu;

/** True when the text has nothing a reader can see: empty, spaces, or only zero-width and format characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** Bytes of the text in UTF-8, as Forge storage counts them (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** "163 KB" for messages: kilobytes of 1,000 bytes, as people read them. */
export function formatKilobytes(bytes: number): string {
  return `${formatCount(Math.ceil(bytes / 1000))} KB`;
}
