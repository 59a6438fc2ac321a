import { describe, expect, it } from 'vitest';
import { adfToBlocks, adfToPlainText, isAdfDoc, markdownToAdf, plainTextToAdf } from '../../../src/domain/adf';

describe('markdownToAdf', () => {
  it('produces a valid ADF document whose plain text round-trips paragraphs, headings and lists', () => {
    const doc = markdownToAdf('# Export\n\nAs a user, I want **PDF** export.\n\n- first\n- second\n\n1. one\n2. two');
    expect(isAdfDoc(doc)).toBe(true);
    expect(doc.version).toBe(1);
    expect(adfToPlainText(doc)).toBe('Export\nAs a user, I want PDF export.\nfirst\nsecond\none\ntwo');
  });

  it('keeps angle-bracket template placeholders as text instead of dropping them as HTML', () => {
    const doc = markdownToAdf('As a <role>, I want <goal> so that <benefit>.');
    expect(adfToPlainText(doc)).toBe('As a <role>, I want <goal> so that <benefit>.');
  });

  it('still treats real HTML tags and autolinks as markup, and leaves code alone', () => {
    const doc = markdownToAdf('Line<br>next <https://example.com>\n\n```\nList<String> x;\n```\n\nUse `Map<K, V>` here');
    const text = adfToPlainText(doc);
    expect(text).not.toContain('<br>');
    expect(text).toContain('List<String> x;');
    expect(text).toContain('Map<K, V>');
    expect(text).not.toContain('\\<');
  });

  it('returns an empty document for empty or blank input', () => {
    expect(markdownToAdf('')).toEqual({ type: 'doc', version: 1, content: [] });
    expect(markdownToAdf('  \n \n')).toEqual({ type: 'doc', version: 1, content: [] });
  });

  it('does not throw on input the converter rejects; the text is kept as plain paragraphs', () => {
    const doc = markdownToAdf('<adf>{not json}</adf>');
    expect(isAdfDoc(doc)).toBe(true);
    expect(adfToPlainText(doc)).toContain('{not json}');
  });

  it('converts task lists and tables to text blocks', () => {
    const doc = markdownToAdf('- [ ] open item\n- [x] done item\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    const blocks = adfToBlocks(doc);
    expect(blocks.filter((block) => block.list === 'task').map((block) => block.text)).toEqual(['open item', 'done item']);
    expect(blocks.filter((block) => block.container === 'table').map((block) => block.text)).toEqual(['a', 'b', '1', '2']);
  });
});

describe('plainTextToAdf', () => {
  it('splits paragraphs on blank lines and keeps single line breaks as hard breaks', () => {
    const doc = plainTextToAdf('first line\nsecond line\n\nnext paragraph');
    expect(doc.content).toHaveLength(2);
    expect(adfToPlainText(doc)).toBe('first line\nsecond line\nnext paragraph');
  });
});
