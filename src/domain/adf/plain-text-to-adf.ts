import type { AdfDoc, AdfNode } from './adf-types';

/**
 * Plain text to ADF without any Markdown interpretation: blank lines separate paragraphs,
 * single line breaks become hard breaks. Used when Markdown conversion is not wanted or fails.
 */
export function plainTextToAdf(text: string): AdfDoc {
  const content: AdfNode[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const inline: AdfNode[] = [];
    lines.forEach((line, index) => {
      if (index > 0) inline.push({ type: 'hardBreak' });
      inline.push({ type: 'text', text: line });
    });
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', version: 1, content };
}
