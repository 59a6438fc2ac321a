import { formatCount } from '../criteria/canonical-text';
import { fail, ok, type Result } from '../criteria/result';
import type { TextLimit } from '../text';

/**
 * Limits: characters for what a person sees, UTF-8 bytes for what Forge storage counts (an item stays well
 * inside one KVS value even when every text is at its limit and full of emoji).
 */
export const MAX_TITLE_CHARACTERS = 200;
export const MAX_TITLE_BYTES = 800;
export const MAX_LONG_TEXT_CHARACTERS = 5_000;
export const MAX_LONG_TEXT_BYTES = 20_000;
export const MAX_SHORT_TEXT_CHARACTERS = 100;
export const MAX_SHORT_TEXT_BYTES = 400;
export const MAX_LINKED_ISSUES = 50;
export const MAX_ITEMS_PER_PROJECT = 1_000;
export const MAX_ACCOUNT_ID_CHARACTERS = 128;

export const titleLimit: TextLimit = { label: 'The title', maxCharacters: MAX_TITLE_CHARACTERS, maxBytes: MAX_TITLE_BYTES, singleLine: true, required: true };

export function longTextLimit(label: string): TextLimit {
  return { label, maxCharacters: MAX_LONG_TEXT_CHARACTERS, maxBytes: MAX_LONG_TEXT_BYTES };
}

export function shortTextLimit(label: string): TextLimit {
  return { label, maxCharacters: MAX_SHORT_TEXT_CHARACTERS, maxBytes: MAX_SHORT_TEXT_BYTES, singleLine: true };
}

/**
 * Whether a project with `currentCount` items may add one more. The app calls this with the count it
 * stores, before it takes a new number.
 */
export function checkItemCapacity(currentCount: number): Result<void, 'too_many_items'> {
  if (currentCount + 1 > MAX_ITEMS_PER_PROJECT) {
    return fail(
      'too_many_items',
      `A project can keep at most ${formatCount(MAX_ITEMS_PER_PROJECT)} RAID items and this one has ${formatCount(currentCount)}; remove items that are no longer needed before adding more.`,
    );
  }
  return ok(undefined);
}
