import { describe, expect, it } from 'vitest';
import { adfToBlocks, markdownToAdf, markdownToBlocks } from '../../../src/domain/adf';
import { markdownCases } from '../../fixtures/descriptions/markdown-cases';

/** The reference path: Markdown to an ADF document (marklassian), then the document to blocks. */
const viaAdf = (markdown: string) => adfToBlocks(markdownToAdf(markdown));

describe('markdownToBlocks reads Markdown into the same blocks as markdownToAdf then adfToBlocks', () => {
  it.each(markdownCases.map((c) => [c.name, c.markdown] as const))('%s', (_name, markdown) => {
    const blocks = markdownToBlocks(markdown);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks).toEqual(viaAdf(markdown));
  });

  it('agrees on hand-picked corners: marks, breaks, images, tables, quotes, nested and task lists, HTML, embedded ADF', () => {
    const corners = [
      '',
      '   \n\n',
      'plain line\nsoft wrapped   with  spaces\tand a tab',
      'hard break  \nnext line\\\nthird',
      '**Acceptance criteria**\n\n- one\n- two',
      '**bold** and `code` and ***both*** and **`bold code`** and ~~gone~~ and _em_',
      '[a **styled** link](https://example.com) and <https://example.com> and www.example.com and mail@example.com',
      'before ![diagram](d.png) after\n\n![only](x.png)',
      '| a | **b** |\n|---|---|\n| 1 | |\n|  | ![i](i.png) |',
      '> quoted\n> - item in quote\n\n> > nested quote',
      '- [ ] open\n- [x] done\n  - plain child\n  more text\n- [ ] third',
      '- [ ] task\n- not a task',
      '1. first\n2. second\n   1. inner\n\n   continuation paragraph\n3. third',
      '- > quote first in an item\n  then text',
      '- ```\n  code in item\n  ```\n- # heading in item',
      'As a <role>, I want <goal> so that <benefit>. <br> <!-- note --> <div>x</div>',
      '```gherkin\nGiven a cart\nWhen I pay\nThen I get a receipt\n```',
      '    indented code\n\nafter',
      'Setext heading\n===\n\nSub\n---',
      '<adf>{"type":"paragraph","content":[{"type":"text","text":"embedded"}]}</adf>',
      '- item\n\n  <adf>[{"type":"paragraph","content":[{"type":"text","text":"in item"}]}]</adf>',
      '<adf>{not json}</adf>\n\nfalls back to plain text',
      'escaped \\*stars\\* and \\<angle\\> &amp; entity &copy;',
      'plain text with AT&amp;T, &copy; and &#169;, a colon: and a bang! nothing else',
      'Hello!\nsecond line with (brackets) and "quotes" and 50% of 3/4',
      'line one\r\nline two\r\n\r\n- crlf item',
      '#### h4 **all bold**\n###### h6',
      '* * *\n\n---\n\nafter rules',
      '[ref link][r]\n\n[r]: https://example.com',
    ];
    for (const markdown of corners) expect(markdownToBlocks(markdown), JSON.stringify(markdown)).toEqual(viaAdf(markdown));
  });

  it('agrees on 400 generated documents mixing every construct', () => {
    const random = seeded(20_251_202);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const inline = [
      'the export lists open invoices',
      '**Done when**',
      'a `config.yml` key',
      '_maybe_ later',
      'see [the spec](https://example.com/spec)',
      'two spaces  \nthen a break',
      'As a <role>, I want it',
      'ratio 3 * 4 and a_b_c',
      '~~old~~ new',
      'an image ![x](x.png) inline',
      'TBD',
      '**`only code`**',
    ];
    const block = (depth: number): string => {
      const kind = Math.floor(random() * (depth > 2 ? 5 : 10));
      const indent = '  '.repeat(depth);
      switch (kind) {
        case 0:
          return `${'#'.repeat(1 + Math.floor(random() * 6))} ${pick(inline)}`;
        case 1:
        case 2:
          return `${pick(inline)}\n${pick(inline)}`;
        case 3:
          return '```\nGiven x\nWhen y\nThen z\n```';
        case 4:
          return `> ${pick(inline)}`;
        case 5:
        case 6: {
          const marker = pick(['- ', '* ', '1. ', '- [ ] ', '- [x] ']);
          const items = 1 + Math.floor(random() * 3);
          const lines: string[] = [];
          for (let i = 0; i < items; i++) {
            lines.push(`${indent}${marker}${pick(inline)}`);
            if (random() < 0.3) lines.push(block(depth + 1).replace(/^/gm, `${indent}  `));
          }
          return lines.join('\n');
        }
        case 7:
          return `| ${pick(inline)} | b |\n|---|---|\n| ${pick(['', 'x', pick(inline)])} | ${pick(['', 'y'])} |`;
        case 8:
          return pick(['***', '<div>html</div>', '<adf>{"type":"paragraph","content":[{"type":"text","text":"adf"}]}</adf>']);
        default:
          return `**${pick(['Acceptance criteria', 'Notes', 'AC:'])}**`;
      }
    };
    for (let doc = 0; doc < 400; doc++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) parts.push(block(0));
      const markdown = parts.join(random() < 0.8 ? '\n\n' : '\n');
      expect(markdownToBlocks(markdown), markdown).toEqual(viaAdf(markdown));
    }
  });

  it('never throws and reads non-Markdown input as nothing', () => {
    expect(markdownToBlocks(undefined as unknown as string)).toEqual([]);
    expect(markdownToBlocks('- '.repeat(5_000))).toEqual(viaAdf('- '.repeat(5_000)));
  });
});

/** A small deterministic generator (mulberry32), so a failure names a document that can be rerun. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
