import { describe, expect, it } from 'vitest';
import { adfToBlocks, adfToPlainText, markdownToAdf, walkAdf, type AdfDoc, type AdfNode } from '../../../src/domain/adf';

const text = (value: string, marks?: AdfNode['marks']): AdfNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });

describe('adfToBlocks', () => {
  it('reports headings with their level and list items with list kind, depth and item start', () => {
    const blocks = adfToBlocks(markdownToAdf('## Acceptance criteria\n\n- outer\n  - inner\n\n1. numbered'));
    expect(blocks.map((block) => [block.kind, block.text, block.headingLevel, block.list, block.listDepth, block.itemStart])).toEqual([
      ['heading', 'Acceptance criteria', 2, null, 0, false],
      ['paragraph', 'outer', 0, 'bullet', 1, true],
      ['paragraph', 'inner', 0, 'bullet', 2, true],
      ['paragraph', 'numbered', 0, 'ordered', 1, true],
    ]);
  });

  it('marks a paragraph as allStrong only when every visible character is bold', () => {
    const strong = [{ type: 'strong' }];
    const doc: AdfDoc = {
      type: 'doc',
      version: 1,
      content: [paragraph(text('AC:', strong)), paragraph(text('Mixed ', strong), text('text')), paragraph(text(' '), text('Bold', strong))],
    };
    expect(adfToBlocks(doc).map((block) => block.allStrong)).toEqual([true, false, true]);
  });

  it('renders hard breaks, mentions, emoji, status, cards and template placeholders as text', () => {
    const doc: AdfDoc = {
      type: 'doc',
      version: 1,
      content: [
        paragraph(
          text('Ask '),
          { type: 'mention', attrs: { id: 'x', text: '@Product' } },
          { type: 'hardBreak' },
          { type: 'emoji', attrs: { shortName: ':smile:' } },
          { type: 'status', attrs: { text: 'BLOCKED' } },
          { type: 'inlineCard', attrs: { url: 'https://example.com/a' } },
          { type: 'placeholder', attrs: { text: 'Describe the goal' } },
        ),
      ],
    };
    expect(adfToPlainText(doc)).toBe('Ask @Product\n:smile:BLOCKEDhttps://example.com/a<Describe the goal>');
  });

  it('leaves inline code out of the prose but keeps it in the text; code blocks have no prose', () => {
    const doc = markdownToAdf('Call `TODO()` now\n\n```\nTODO\n```');
    const [inline, code] = adfToBlocks(doc);
    expect(inline!.text).toBe('Call TODO() now');
    expect(inline!.prose).not.toContain('TODO');
    expect(code!.kind).toBe('codeBlock');
    expect(code!.prose).toBe('');
  });

  it('tolerates malformed input without throwing', () => {
    expect(adfToBlocks(null)).toEqual([]);
    expect(adfToBlocks('text')).toEqual([]);
    expect(adfToBlocks({ type: 'doc', content: 'nope' })).toEqual([]);
    const weird = { type: 'doc', content: [null, 3, { type: 'paragraph', content: [{ type: 'text', text: 5 }, { type: 'text', text: 'ok' }] }] };
    expect(adfToPlainText(weird)).toBe('ok');
  });

  it('stops at a nesting depth limit instead of overflowing the stack', () => {
    let node: AdfNode = paragraph(text('deep'));
    for (let i = 0; i < 10_000; i++) node = { type: 'blockquote', content: [node] };
    expect(() => adfToBlocks({ type: 'doc', version: 1, content: [node] })).not.toThrow();
    expect(adfToBlocks({ type: 'doc', version: 1, content: [node] })).toEqual([]);
  });
});

describe('walkAdf', () => {
  it('visits nodes depth-first in document order and can skip children', () => {
    const doc = markdownToAdf('# Title\n\n- a\n- b');
    const seen: string[] = [];
    walkAdf(doc, (node) => {
      seen.push(node.type);
      return node.type !== 'bulletList';
    });
    expect(seen).toEqual(['doc', 'heading', 'text', 'bulletList']);
  });
});
