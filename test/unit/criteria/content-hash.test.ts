import { markdownToAdf } from 'marklassian';
import { describe, expect, it } from 'vitest';
import { CONTENT_HASH_PATTERN, contentHash, descriptionCanonicalText } from '../../../src/domain/criteria/content-hash';

const description = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Export the report as CSV.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Columns: key, summary' }] }] }] },
  ],
};

const criteria = ['Export includes headers', 'Given a report\nWhen I export\nThen a CSV downloads'];

describe('contentHash', () => {
  it('is a sha256 hex string and the same for the same content', () => {
    const hash = contentHash({ criteria, description });
    expect(hash).toMatch(CONTENT_HASH_PATTERN);
    expect(contentHash({ criteria: [...criteria], description: structuredClone(description) })).toBe(hash);
  });

  it('accepts criteria records as well as texts', () => {
    const records = criteria.map((text, i) => ({ id: `c${i}`, text, verification: { state: 'passed' as const } }));
    expect(contentHash({ criteria: records, description })).toBe(contentHash({ criteria, description }));
  });

  it('ignores whitespace and formatting noise', () => {
    const noisy = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', attrs: { localId: 'abc' }, content: [{ type: 'text', text: '  Export the ', marks: [{ type: 'strong' }] }, { type: 'text', text: 'report   as CSV. ' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Columns:\tkey, summary', marks: [{ type: 'em' }] }] }] }] },
      ],
    };
    const reflowed = ['  Export   includes headers ', 'Given a report When I export\n\nThen a CSV downloads'];
    expect(contentHash({ criteria: reflowed, description: noisy })).toBe(contentHash({ criteria, description }));
  });

  it('changes when a criterion changes, even by case', () => {
    const base = contentHash({ criteria, description });
    expect(contentHash({ criteria: ['Export includes Headers', criteria[1] ?? ''], description })).not.toBe(base);
    expect(contentHash({ criteria: ['Export includes headers and footers', criteria[1] ?? ''], description })).not.toBe(base);
  });

  it('changes when a criterion is added or removed', () => {
    const base = contentHash({ criteria, description });
    expect(contentHash({ criteria: [...criteria, 'One more'], description })).not.toBe(base);
    expect(contentHash({ criteria: criteria.slice(0, 1), description })).not.toBe(base);
  });

  it('changes when the order of criteria changes', () => {
    expect(contentHash({ criteria: [...criteria].reverse(), description })).not.toBe(contentHash({ criteria, description }));
  });

  it('changes when the description changes', () => {
    const edited = structuredClone(description);
    const first = edited.content[0]?.content?.[0];
    if (first !== undefined && 'text' in first) first.text = 'Export the report as XLSX.';
    expect(contentHash({ criteria, description: edited })).not.toBe(contentHash({ criteria, description }));
  });

  it('cannot be fooled by moving text between a criterion and the description', () => {
    expect(contentHash({ criteria: ['a b'], description: 'c' })).not.toBe(contentHash({ criteria: ['a'], description: 'b c' }));
    expect(contentHash({ criteria: ['a', 'b'], description: '' })).not.toBe(contentHash({ criteria: ['a b'], description: '' }));
  });

  it('treats a missing description as empty and takes plain text too', () => {
    expect(contentHash({ criteria, description: null })).toBe(contentHash({ criteria, description: undefined }));
    expect(contentHash({ criteria, description: '  ' })).toBe(contentHash({ criteria, description: null }));
    expect(contentHash({ criteria, description: 'Export the report as CSV. Columns: key, summary' })).toBe(contentHash({ criteria, description }));
  });

  it('gives the same text for the same Markdown rendered twice', () => {
    const md = '# Title\n\nSome **bold** text with a [link](https://example.com).\n\n- item one\n- item two';
    expect(descriptionCanonicalText(markdownToAdf(md))).toBe('Title Some bold text with a link. item one item two');
  });

  it('does not crash on malformed ADF', () => {
    expect(descriptionCanonicalText({ type: 'doc', content: [null, 5, { type: 'paragraph', content: 'oops' }, { content: [{ text: 7 }] }] })).toBe('');
    expect(contentHash({ criteria: [], description: { nonsense: true } })).toMatch(CONTENT_HASH_PATTERN);
  });
});
