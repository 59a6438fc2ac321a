import { isHtmlTagText } from '../adf/html-tag-names';

/**
 * Left-over template text, in two parts so the common case stays cheap:
 * - word placeholders, scanned together with the vague terms in one regex (see compile-rubric.ts);
 * - bracket placeholders, scanned only in texts that contain "<", "[" or "{{".
 * The markers TODO/FIXME/TBC/XXX count only in upper case ("todo list" is a feature, "TODO" is a gap);
 * the scan is case-insensitive, so `isPlaceholderMatch` re-checks them.
 */
export const PLACEHOLDER_WORDS = String.raw`todo|fixme|tbc|xxx+|tbd|t\.b\.d\.|lorem ipsum(?: dolor)?|to be (?:defined|determined|decided|confirmed|completed|clarified|added|written|specified|discussed)|(?:description|details|text|content|summary) (?:goes|to go) here|fill (?:this )?in later|fill this in|(?:this|it) is (?:just )?a placeholder`;

export const PLACEHOLDER_BRACKETS = new RegExp(
  [
    // "<describe here>", "As a <role>": a word in angle brackets, not a comparison or a generic type.
    String.raw`(?<!\w)<[A-Za-z][^<>\n]{0,60}>`,
    String.raw`\[(?:insert|describe|add|enter|your|fill|write|provide|link to|todo|tbd|type)\b[^\]\n]{0,60}\]`,
    String.raw`\{\{[^{}\n]{1,60}\}\}`,
  ].join('|'),
  'gi',
);

export function mayHoldBracketPlaceholder(text: string): boolean {
  return text.includes('<') || text.includes('[') || text.includes('{{');
}

const UPPER_CASE_ONLY = /^(?:todo|fixme|tbc|x{3,})$/i;

export function isPlaceholderMatch(match: string): boolean {
  if (match.startsWith('<')) return !isHtmlTagText(match.slice(1, -1)); // "<head>" is talk about HTML
  return !UPPER_CASE_ONLY.test(match) || match === match.toUpperCase();
}
