/**
 * Values larger than one storage record (Forge keeps at most 240 KiB in a value) are kept as their JSON text cut
 * into parts. A part is stored as a JSON string, where a quote or a backslash takes two bytes and a control
 * character up to six: each part is cut by that stored size, never by its length, and never inside a character.
 */
const PART_BYTES = 200_000;

/** Bytes one UTF-16 unit (or surrogate pair) takes inside a stored JSON string. */
function storedSize(unit: number, pair: boolean): number {
  if (unit === 0x22 || unit === 0x5c) return 2;
  if (unit < 0x20) return 6;
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (pair) return 4;
  // A lone surrogate is written as \uXXXX.
  return unit >= 0xd800 && unit <= 0xdfff ? 6 : 3;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Splits text into pieces whose stored form takes at most `maxBytes`. */
export function splitForStorage(text: string, maxBytes = PART_BYTES): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const pair = isHigh(unit) && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
    const size = storedSize(unit, pair);
    if (bytes + size > maxBytes && i > start) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i += 1;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}
