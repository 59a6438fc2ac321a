import { createHash } from 'node:crypto';
import { adfToPlainText } from '../adf/adf-to-plain-text';
import { canonicalText } from './canonical-text';

/**
 * The hash a sign-off is bound to: the criteria, in order, plus the description.
 *
 * Both are canonicalised first (trim, collapse whitespace, keep case; formatting marks and ADF
 * attributes such as localId are ignored), so re-saving a description or re-wrapping a line
 * does not make an approval stale, while any change of words, of case, of criteria order, or
 * adding or removing a criterion does. Verification states are not part of the hash: verifying
 * a criterion does not change what was approved.
 *
 * `description` is the ADF document, or plain text, or null/undefined for none.
 */
export function contentHash(input: { criteria: readonly (string | { readonly text: string })[]; description: unknown }): string {
  const criteria = input.criteria.map((c) => canonicalText(typeof c === 'string' ? c : c.text));
  const payload = JSON.stringify({ v: 1, criteria, description: descriptionCanonicalText(input.description) });
  return createHash('sha256').update(payload, 'utf8').digest('hex');
}

export function descriptionCanonicalText(description: unknown): string {
  if (typeof description === 'string') return canonicalText(description);
  if (typeof description === 'object' && description !== null) return canonicalText(adfToPlainText(description));
  return '';
}

export const CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/u;
