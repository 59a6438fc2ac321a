import { formatCount } from '../criteria/canonical-text';
import { fail, ok, type Result } from '../criteria/result';

// Whitespace and the characters Unicode marks as ignorable (they take no room on screen): zero-width
// space and joiners, soft hyphen, word joiner, byte-order mark, variation selectors, Hangul fillers, tags.
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

const encoder = new TextEncoder();

/** Size in UTF-8, as Forge storage counts it: an accented letter takes 2 bytes, an emoji 4. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Characters as a person counts them: grapheme clusters, so "é" written as e + accent and a family emoji
 * made of seven code points each count once. That is why a byte limit is needed beside the character limit.
 */
export function visibleCharacterCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** True when the text shows nothing: empty, whitespace, or only invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

export interface TextLimit {
  /** How messages name the text: "The title". */
  readonly label: string;
  readonly maxCharacters: number;
  readonly maxBytes: number;
  /** A single line: runs of whitespace, line breaks included, become one space. */
  readonly singleLine?: boolean;
  readonly required?: boolean;
}

export type TextError = 'text_required' | 'text_too_long' | 'not_text';

/**
 * A user's text, cleaned and checked: trimmed, line breaks as "\n" (or one line), blank text as "" (refused
 * when required), then limited in characters (as a person counts them, see visibleCharacterCount) and in UTF-8 bytes (as storage counts
 * them). Messages say what to shorten and by how much.
 */
export function boundedText(value: unknown, limit: TextLimit): Result<string, TextError> {
  if (typeof value !== 'string') return fail('not_text', `${limit.label} must be text.`);
  const cleaned = limit.singleLine === true ? value.replace(/\s+/gu, ' ').trim() : value.replace(/\r\n?/gu, '\n').trim();
  const text = isBlank(cleaned) ? '' : cleaned;
  if (text === '' && limit.required === true) {
    return fail('text_required', `${limit.label} is empty${value === '' ? '' : ' (only spaces or invisible characters)'}; write something.`);
  }
  const characters = visibleCharacterCount(text);
  if (characters > limit.maxCharacters) {
    return fail(
      'text_too_long',
      `${limit.label} has ${formatCount(characters)} characters; the limit is ${formatCount(limit.maxCharacters)}. Shorten it by ${formatCount(characters - limit.maxCharacters)}.`,
    );
  }
  const bytes = utf8Bytes(text);
  if (bytes > limit.maxBytes) {
    return fail(
      'text_too_long',
      `${limit.label} takes ${formatCount(bytes)} bytes (accented letters, symbols and emoji take 2 to 4 bytes each); the limit is ${formatCount(limit.maxBytes)}. Shorten it by about ${formatCount(bytes - limit.maxBytes)} bytes.`,
    );
  }
  return ok(text);
}
