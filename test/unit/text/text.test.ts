import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedText, compareKeys, csvCell, csvTable, isBlank, markdownCell, normalIssueKey, utf8Bytes, visibleCharacterCount } from '../../../src/domain/text';

describe('counting', () => {
  it('bytes in UTF-8 and characters as a person sees them', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('😀')).toBe(4);
    expect(visibleCharacterCount('e\u0301')).toBe(1);
    expect(visibleCharacterCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(utf8Bytes('👨‍👩‍👧‍👦')).toBe(25);
  });

  it('blank: whitespace and invisible characters only', () => {
    for (const blank of ['', ' ', '\n\t', '\u200B', '\u00A0\u2060', '\uFEFF', '\u3164', '\u00AD']) expect(isBlank(blank)).toBe(true);
    for (const visible of ['a', '.', '😀', ' x ']) expect(isBlank(visible)).toBe(false);
  });
});

describe('boundedText', () => {
  const limit = { label: 'The note', maxCharacters: 5, maxBytes: 8 };

  it('trims, keeps inner line breaks (CRLF becomes LF) and refuses non-text', () => {
    expect(boundedText('  a\r\nb  ', limit)).toEqual({ ok: true, value: 'a\nb' });
    expect(boundedText(' a \n b ', { ...limit, singleLine: true })).toEqual({ ok: true, value: 'a b' });
    expect(boundedText(5, limit)).toMatchObject({ ok: false, error: { code: 'not_text', message: 'The note must be text.' } });
  });

  it('characters first, then bytes', () => {
    expect(boundedText('abcdef', limit)).toMatchObject({ ok: false, error: { message: 'The note has 6 characters; the limit is 5. Shorten it by 1.' } });
    expect(boundedText('ééééé', limit)).toMatchObject({ ok: false, error: { code: 'text_too_long', message: expect.stringMatching(/takes 10 bytes .* Shorten it by about 2 bytes\.$/u) } });
  });

  it('never returns text over its limits (law)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
        const r = boundedText(s, limit);
        if (r.ok) {
          expect(visibleCharacterCount(r.value)).toBeLessThanOrEqual(5);
          expect(utf8Bytes(r.value)).toBeLessThanOrEqual(8);
        }
      }),
    );
  });
});

describe('issue keys', () => {
  it('upper-cases keys and refuses what is not one', () => {
    expect(normalIssueKey(' acc-12 ')).toBe('ACC-12');
    expect(normalIssueKey('A1_B-7')).toBe('A1_B-7');
    for (const bad of ['ACC12', 'ACC-', '1ACC-2', 'ACC-0', 'A-1', 12]) expect(normalIssueKey(bad)).toBeNull();
  });

  it('orders by number, not by text', () => {
    expect(['ACC-10', 'ACC-2', 'ABC-1'].sort(compareKeys)).toEqual(['ABC-1', 'ACC-2', 'ACC-10']);
  });
});

describe('CSV cells', () => {
  it('quotes only when needed, doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    // Spaces at either end survive a spreadsheet only inside quotes.
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('tables end every row with CRLF', () => {
    expect(csvTable(['A', 'B'], [[1, 'x']])).toBe('A,B\r\n1,x\r\n');
  });

  it('a cell always reads back as its text (RFC 4180 round trip, law)', () => {
    const readBack = (cell: string): string => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/gu, '"') : cell);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const expected = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
        expect(readBack(csvCell(s))).toBe(expected);
      }),
    );
  });
});

describe('Markdown cells', () => {
  it('escapes pipes and backslashes, turns line breaks into <br>', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('line 1\nline 2\r\nline 3')).toBe('line 1<br>line 2<br>line 3');
    expect(markdownCell('C:\\path|x')).toBe('C:\\\\path\\|x');
    expect(markdownCell(null)).toBe('');
    expect(markdownCell(2.5)).toBe('2.5');
  });

  it('never leaves an unescaped pipe or a line break (law)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = markdownCell(s);
        expect(cell).not.toMatch(/[\r\n]/u);
        // Every pipe is preceded by an odd number of backslashes.
        for (const match of cell.matchAll(/(\\*)\|/gu)) expect((match[1] ?? '').length % 2).toBe(1);
      }),
    );
  });
});
