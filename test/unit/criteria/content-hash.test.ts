import fc from 'fast-check';
import { markdownToAdf } from 'marklassian';
import { describe, expect, it } from 'vitest';
import { CONTENT_HASH_PATTERN, contentHash } from '../../../src/domain/criteria/content-hash';

type Node = { type: string; text?: string; attrs?: Record<string, unknown>; marks?: Array<{ type: string; attrs?: Record<string, unknown> }>; content?: Node[] };
const doc = (...content: Node[]): Node => ({ type: 'doc', attrs: undefined, content });
const p = (...content: Node[]): Node => ({ type: 'paragraph', content });
const t = (text: string, marks?: Node['marks']): Node => ({ type: 'text', text, ...(marks ? { marks } : {}) });

const description = doc(p(t('Export the report as CSV.')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Columns: key, summary'))] }] });
const criteria = ['Export includes headers', 'Given a report\nWhen I export\nThen a CSV downloads'];
const base = contentHash({ criteria, description });
const hashOf = (d: unknown, c: readonly string[] = criteria) => contentHash({ criteria: c, description: d });

describe('contentHash', () => {
  it('is a sha256 hex string and the same for the same content', () => {
    expect(base).toMatch(CONTENT_HASH_PATTERN);
    expect(hashOf(structuredClone(description), [...criteria])).toBe(base);
  });

  it('accepts criteria records as well as texts', () => {
    const records = criteria.map((text, i) => ({ id: `c${i}`, text, verification: { state: 'passed' as const } }));
    expect(contentHash({ criteria: records, description })).toBe(base);
  });

  it('ignores what re-saving the same content changes: whitespace runs, split text, attribute order, localId', () => {
    const resaved = doc(
      { type: 'paragraph', attrs: { localId: 'abc' }, content: [t('  Export the '), t('report   as CSV. ')] },
      { type: 'bulletList', attrs: { localId: 'x1' }, content: [{ type: 'listItem', content: [p(t('Columns:\tkey,  summary'))] }] },
    );
    const reflowed = ['  Export   includes headers ', 'Given a report When I export\n\nThen a CSV downloads'];
    expect(hashOf(resaved, reflowed)).toBe(base);
    const a = doc({ type: 'mediaSingle', attrs: { layout: 'center', width: 50 } });
    const b = doc({ type: 'mediaSingle', attrs: { width: 50, layout: 'center' } });
    expect(hashOf(a)).toBe(hashOf(b));
  });

  it('changes when a criterion changes, is added, removed or reordered', () => {
    expect(hashOf(description, ['Export includes Headers', criteria[1]!])).not.toBe(base);
    expect(hashOf(description, [...criteria, 'One more'])).not.toBe(base);
    expect(hashOf(description, criteria.slice(0, 1))).not.toBe(base);
    expect(hashOf(description, [...criteria].reverse())).not.toBe(base);
  });

  it('changes with text nested deeper than any reader would walk', () => {
    const nest = (text: string) => {
      let node: Node = t(text);
      for (let i = 0; i < 10_000; i += 1) node = { type: i % 2 === 0 ? 'paragraph' : 'panel', content: [node] };
      return doc(node);
    };
    expect(hashOf(nest('ship on Monday'))).not.toBe(hashOf(nest('ship on Friday')));
  });

  it('changes with a link target, a strike mark, an added image or a mention of someone else', () => {
    const link = (href: string) => doc(p(t('the spec', [{ type: 'link', attrs: { href } }])));
    expect(hashOf(link('https://example.com/spec-v1'))).not.toBe(hashOf(link('https://example.com/spec-v2')));
    expect(hashOf(doc(p(t('Refunds within 30 days'))))).not.toBe(hashOf(doc(p(t('Refunds within 30 days', [{ type: 'strike' }])))));
    const image = { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'abc', type: 'file', collection: 'x' } }] };
    expect(hashOf(doc(p(t('Layout'))))).not.toBe(hashOf(doc(p(t('Layout')), image)));
    const mention = (id: string) => doc(p({ type: 'mention', attrs: { id, text: '@Dana' } }));
    expect(hashOf(mention('a1'))).not.toBe(hashOf(mention('b2')));
  });

  it('keeps code exactly as written', () => {
    const code = (text: string) => doc({ type: 'codeBlock', attrs: { language: 'json' }, content: [t(text)] });
    expect(hashOf(code('{"a":  1}'))).not.toBe(hashOf(code('{"a": 1}')));
  });

  it('cannot be fooled by moving text between a criterion and the description', () => {
    expect(contentHash({ criteria: ['a b'], description: 'c' })).not.toBe(contentHash({ criteria: ['a'], description: 'b c' }));
    expect(contentHash({ criteria: ['a', 'b'], description: '' })).not.toBe(contentHash({ criteria: ['a b'], description: '' }));
  });

  it('treats a missing description as empty, and takes plain text too', () => {
    expect(hashOf(null)).toBe(hashOf(undefined));
    expect(hashOf('  ')).toBe(hashOf(''));
    expect(hashOf('Export the report')).toBe(hashOf(' Export  the report '));
  });

  it('gives the same hash for the same Markdown rendered twice', () => {
    const md = '# Title\n\nSome **bold** text with a [link](https://example.com).\n\n- item one\n- item two';
    expect(hashOf(markdownToAdf(md))).toBe(hashOf(markdownToAdf(md)));
  });

  it('does not crash on malformed ADF', () => {
    expect(hashOf({ type: 'doc', content: [null, 5, { type: 'paragraph', content: 'oops' }, { content: [{ text: 7 }] }] })).toMatch(CONTENT_HASH_PATTERN);
    expect(hashOf({ nonsense: true })).toMatch(CONTENT_HASH_PATTERN);
  });
});

// Random ADF-like documents: blocks and inline nodes with marks and attributes, a few levels deep.
const textArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/.test(s));
const markArb = fc.oneof(fc.constant({ type: 'strong' }), fc.constant({ type: 'strike' }), fc.webUrl().map((href) => ({ type: 'link', attrs: { href } })));
const inlineArb: fc.Arbitrary<Node> = fc.oneof(
  fc.record({ type: fc.constant('text'), text: textArb, marks: fc.array(markArb, { maxLength: 2 }) }).map((n) => (n.marks.length ? n : { type: 'text', text: n.text })),
  fc.record({ type: fc.constant('mention'), attrs: fc.record({ id: fc.stringMatching(/^[0-9a-f]{4,8}$/), text: textArb }) }),
);
const { tree: blockArb } = fc.letrec<{ tree: Node }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(inlineArb, { minLength: 1, maxLength: 4 }).map((content) => ({ type: 'paragraph', content })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((content) => ({ type: 'panel', attrs: { panelType: 'info' }, content })),
  ),
}));
const docArb = fc.array(blockArb, { minLength: 1, maxLength: 4 }).map((content) => doc(...content));

/** Every place in a document where a visible change can be made, as a function that makes it. */
function changes(root: Node): Array<(copy: Node) => void> {
  const out: Array<(copy: Node) => void> = [];
  const walk = (node: Node, path: number[]) => {
    if (node.type === 'text') {
      out.push((copy) => void (at(copy, path).text = `${at(copy, path).text ?? ''}x`));
      out.push((copy) => void (at(copy, path).marks = [...(at(copy, path).marks ?? []), { type: 'underline' }]));
    } else if (node.attrs) {
      out.push((copy) => void (at(copy, path).attrs = { ...at(copy, path).attrs, extra: 'changed' }));
    }
    if (Array.isArray(node.content)) out.push((copy) => void at(copy, path).content!.push({ type: 'rule' }));
    node.content?.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(root, []);
  return out;
}

function at(root: Node, path: number[]): Node {
  return path.reduce((node, i) => node.content![i]!, root);
}

describe('contentHash over random documents', () => {
  it('changes with any visible change anywhere in the document', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), (document, pick) => {
        const options = changes(document);
        const change = options[pick % options.length]!;
        const copy = structuredClone(document);
        change(copy);
        expect(hashOf(copy)).not.toBe(hashOf(document));
      }),
      { numRuns: 500 },
    );
  });

  it('is the same for a copy of the document', () => {
    fc.assert(
      fc.property(docArb, (document) => {
        expect(hashOf(structuredClone(document))).toBe(hashOf(document));
      }),
      { numRuns: 200 },
    );
  });
});
