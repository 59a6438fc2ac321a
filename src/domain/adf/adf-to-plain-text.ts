import { adfToBlocks } from './adf-blocks';

/** Plain text of an ADF document: one line per block (paragraph, heading, list item...), no markup. */
export function adfToPlainText(doc: unknown): string {
  const blocks = adfToBlocks(doc);
  let text = '';
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) text += '\n';
    text += blocks[i]!.text;
  }
  return text;
}
