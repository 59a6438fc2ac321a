import { characterCount, formatCount, formatKilobytes, isBlank, utf8Bytes } from './canonical-text';
import { fail, ok, type Result } from './result';

/** Limits from the product brief; they keep one issue's record well inside a KVS value. */
export const MAX_CRITERIA_PER_ISSUE = 100;
export const MAX_CRITERION_CHARACTERS = 2_000;
/**
 * All criteria of an issue together, in UTF-8 bytes: 100 criteria of 2,000 characters could take 800 KB in a
 * script of 4-byte characters, while Forge keeps at most 240 KiB in one record (with the sign-off besides).
 */
export const MAX_CRITERIA_BYTES = 150_000;

export type CriterionTextError = 'criterion_empty' | 'criterion_too_long';

/** Trims the text (inner line breaks stay: scenarios are multi-line) and checks the limits. */
export function validCriterionText(text: unknown): Result<string, CriterionTextError> {
  if (typeof text !== 'string' || isBlank(text)) {
    return fail('criterion_empty', 'A criterion needs some text (spaces and invisible characters do not count).');
  }
  const trimmed = text.trim();
  const length = characterCount(trimmed);
  if (length > MAX_CRITERION_CHARACTERS) {
    return fail(
      'criterion_too_long',
      `A criterion can have at most ${formatCount(MAX_CRITERION_CHARACTERS)} characters; this one has ${formatCount(length)}.`,
    );
  }
  return ok(trimmed);
}

export function tooManyCriteria(count: number): { readonly ok: false; readonly error: { code: 'too_many_criteria'; message: string } } {
  return fail(
    'too_many_criteria',
    `An issue can have at most ${formatCount(MAX_CRITERIA_PER_ISSUE)} acceptance criteria; this would make ${formatCount(count)}.`,
  );
}

/** Whether an issue's criteria fit in its record, in bytes; the message names how much and the longest one. */
export function criteriaWithinBudget(texts: readonly string[]): { readonly ok: true } | { readonly ok: false; readonly error: { code: 'criteria_too_large'; message: string } } {
  const sizes = texts.map(utf8Bytes);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= MAX_CRITERIA_BYTES) return { ok: true };
  const longest = sizes.indexOf(Math.max(...sizes));
  return fail(
    'criteria_too_large',
    `These acceptance criteria take ${formatKilobytes(total)}; one issue can keep ${formatKilobytes(MAX_CRITERIA_BYTES)} of them. Shorten or remove some (the longest is criterion ${longest + 1}, ${formatKilobytes(sizes[longest] ?? 0)}).`,
  );
}
