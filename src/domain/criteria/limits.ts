import { characterCount, formatCount } from './canonical-text';
import { fail, ok, type Result } from './result';

/** Limits from the product brief; they keep one issue's record well inside a KVS value. */
export const MAX_CRITERIA_PER_ISSUE = 100;
export const MAX_CRITERION_CHARACTERS = 2_000;

export type CriterionTextError = 'criterion_empty' | 'criterion_too_long';

/** Trims the text (inner line breaks stay: scenarios are multi-line) and checks the limits. */
export function validCriterionText(text: unknown): Result<string, CriterionTextError> {
  if (typeof text !== 'string' || text.trim() === '') {
    return fail('criterion_empty', 'A criterion needs some text.');
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
