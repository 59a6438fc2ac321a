import { describe, expect, it } from 'vitest';
import { importCriteriaFromDescription } from '../../../src/domain/criteria/import-from-description';

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const text = (t: string) => ({ type: 'text', text: t });
const para = (t: string) => ({ type: 'paragraph', content: [text(t)] });
const heading = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const bullets = (...items: string[]) => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [para(i)] })) });

describe('importCriteriaFromDescription on odd input', () => {
  it.each([null, undefined, '', 'Acceptance criteria: x', 42, [], { type: 'doc' }, { type: 'doc', content: 'nope' }])(
    'finds nothing in %j without throwing',
    (input) => {
      expect(importCriteriaFromDescription(input)).toEqual({ sectionsFound: 0, criteria: [] });
    },
  );

  it('skips malformed nodes inside a valid document', () => {
    const result = importCriteriaFromDescription(
      doc(null, heading(2, 'AC'), { type: 'bulletList', content: [7, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text' }, text('Kept')] }] }] }),
    );
    expect(result.criteria.map((c) => c.text)).toEqual(['Kept']);
  });

  it('reports each criterion kind', () => {
    const result = importCriteriaFromDescription(doc(heading(2, 'Acceptance criteria'), bullets('A sentence', 'Given a, when b, then c')));
    expect(result.criteria).toEqual([
      { text: 'A sentence', kind: 'sentence' },
      { text: 'Given a, when b, then c', kind: 'scenario' },
    ]);
  });

  it('ignores a non-Gherkin code block inside the section', () => {
    const code = { type: 'codeBlock', attrs: { language: 'json' }, content: [text('{"format": "csv"}')] };
    const result = importCriteriaFromDescription(doc(heading(2, 'AC'), bullets('Exports CSV'), code));
    expect(result.criteria.map((c) => c.text)).toEqual(['Exports CSV']);
  });

  it('does not read a heading-less list as criteria', () => {
    expect(importCriteriaFromDescription(doc(para('Some context'), bullets('a', 'b'))).criteria).toEqual([]);
  });

  it('ignores scenario-less Gherkin prose when there is no section', () => {
    const result = importCriteriaFromDescription(doc(para('Given the deadline, when in doubt, then ask.')));
    expect(result.criteria).toEqual([]);
  });

  it('continues a section across a lower heading but stops at a higher one', () => {
    const result = importCriteriaFromDescription(
      doc(heading(2, 'Acceptance Criteria'), bullets('one'), heading(4, 'More'), bullets('two'), heading(1, 'Other'), bullets('three')),
    );
    expect(result.criteria.map((c) => c.text)).toEqual(['one', 'two']);
  });

  it('returns criteria longer than the limit untouched so the import step can name the limit', () => {
    const long = 'x'.repeat(2500);
    expect(importCriteriaFromDescription(doc(heading(2, 'AC'), bullets(long))).criteria[0]?.text).toHaveLength(2500);
  });
});

describe('hostile nesting', () => {
  it('cuts off absurdly deep documents instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 20_000; i += 1) node = { type: i % 2 === 0 ? 'panel' : 'bulletList', content: [node] };
    const deep = { type: 'doc', version: 1, content: [heading(2, 'AC'), node] };
    expect(() => importCriteriaFromDescription(deep)).not.toThrow();
    expect(importCriteriaFromDescription(deep).sectionsFound).toBe(1);
  });
});
