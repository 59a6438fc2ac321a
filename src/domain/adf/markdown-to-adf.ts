import { markdownToAdf as convertMarkdown } from 'marklassian';
import type { AdfDoc, AdfNode } from './adf-types';
import { isHtmlTagText } from './html-tag-names';
import { plainTextToAdf } from './plain-text-to-adf';

// Angle-bracket text that is not an HTML tag ("<describe here>", "As a <role>") is template text the
// readiness check must still see, so it is escaped rather than dropped as unknown inline HTML.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// A code span (kept verbatim) or a candidate tag in angle brackets.
const SPAN_OR_ANGLE = /(`+)[\s\S]*?\1|<([^<>\n]{1,120})>/g;

function isRealMarkup(inner: string): boolean {
  const first = inner[0];
  if (first === '!' || first === '/' || first === '?') return true; // comments, closing tags, PIs
  if (!inner.includes(' ') && (/^[a-z][a-z0-9+.-]*:/i.test(inner) || inner.includes('@'))) return true; // autolinks
  return isHtmlTagText(inner);
}

function escapePlaceholders(line: string): string {
  return line.replace(SPAN_OR_ANGLE, (match: string, ticks: string | undefined, inner: string | undefined) => {
    if (ticks !== undefined || inner === undefined || isRealMarkup(inner)) return match;
    return `\\<${inner}\\>`;
  });
}

/** Keeps angle-bracket placeholders as text, outside fenced and indented code. */
export function protectPlaceholders(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  const lines = markdown.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opener = FENCE.exec(line);
    if (fence !== null) {
      if (opener && opener[1]![0] === fence[0] && opener[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (opener) {
      fence = opener[1]!;
      continue;
    }
    if (line.startsWith('    ') || line.startsWith('\t')) continue;
    if (line.includes('<')) lines[i] = escapePlaceholders(line);
  }
  return lines.join('\n');
}

/** The Markdown both readers lex: line ends normalised, template placeholders kept as text. */
export function prepareMarkdown(md: string): string {
  return protectPlaceholders(md.replace(/\r\n?/g, '\n'));
}

/**
 * Markdown (or plain text, which is valid Markdown) to an ADF document, through `marklassian`.
 * Never throws: if the converter rejects the input, the text is kept as plain paragraphs.
 */
export function markdownToAdf(md: string): AdfDoc {
  if (typeof md !== 'string' || md.trim() === '') return { type: 'doc', version: 1, content: [] };
  try {
    const converted = convertMarkdown(prepareMarkdown(md));
    return { type: 'doc', version: 1, content: converted.content as AdfNode[] };
  } catch {
    return plainTextToAdf(md);
  }
}
