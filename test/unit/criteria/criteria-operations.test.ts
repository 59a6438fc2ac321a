import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  appendNewCriteria,
  editCriterionText,
  importDuplicates,
  moveCriterion,
  removeCriterion,
  replaceAllCriteria,
  verifyCriterion,
  type CriteriaResult,
} from '../../../src/domain/criteria/criteria-operations';
import { emptyIssueCriteria, type IssueCriteria } from '../../../src/domain/criteria/criterion';

const AT = '2025-03-01T09:30:00Z';
const PO = 'acc-po-1';

function value(result: CriteriaResult): IssueCriteria {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorCode(result: CriteriaResult): string {
  if (result.ok) throw new Error('expected an error');
  return result.error.code;
}

function sequentialIds(prefix = 'c'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function threeCriteria(): IssueCriteria {
  let record: IssueCriteria = { criteria: [], version: 7 };
  for (const [id, text] of [['a', 'First'], ['b', 'Second'], ['c', 'Third']] as const) {
    record = value(addCriterion(record, { id, text }));
  }
  return record;
}

describe('addCriterion', () => {
  it('appends an unverified criterion with trimmed text and keeps the version', () => {
    const record = value(addCriterion({ criteria: [], version: 3 }, { id: 'x1', text: '  Users can log in \n' }));
    expect(record).toEqual({ criteria: [{ id: 'x1', text: 'Users can log in', verification: { state: 'unverified' } }], version: 3 });
  });

  it('keeps inner line breaks of a scenario', () => {
    const record = value(addCriterion(emptyIssueCriteria(), { id: 's', text: 'Given a\nWhen b\nThen c' }));
    expect(record.criteria[0]?.text).toBe('Given a\nWhen b\nThen c');
  });

  it('inserts at a given index', () => {
    const record = value(addCriterion(threeCriteria(), { id: 'n', text: 'New', index: 1 }));
    expect(record.criteria.map((c) => c.id)).toEqual(['a', 'n', 'b', 'c']);
  });

  it('does not change the record it was given', () => {
    const before = threeCriteria();
    addCriterion(before, { id: 'n', text: 'New' });
    expect(before.criteria).toHaveLength(3);
  });

  it.each([
    [{ id: 'a', text: 'Dup id' }, 'duplicate_id'],
    [{ id: '', text: 'No id' }, 'invalid_id'],
    [{ id: '  ', text: 'Blank id' }, 'invalid_id'],
    [{ id: 'n', text: '' }, 'criterion_empty'],
    [{ id: 'n', text: ' \n\t ' }, 'criterion_empty'],
    [{ id: 'n', text: 'x', index: 4 }, 'invalid_index'],
    [{ id: 'n', text: 'x', index: -1 }, 'invalid_index'],
    [{ id: 'n', text: 'x', index: 1.5 }, 'invalid_index'],
  ])('rejects %o with %s', (input, code) => {
    expect(errorCode(addCriterion(threeCriteria(), input))).toBe(code);
  });

  it('rejects non-string text from untrusted callers', () => {
    expect(errorCode(addCriterion(emptyIssueCriteria(), { id: 'n', text: 42 as unknown as string }))).toBe('criterion_empty');
  });
});

describe('limits', () => {
  it('accepts exactly 2,000 characters and rejects 2,001, naming the limit', () => {
    expect(addCriterion(emptyIssueCriteria(), { id: 'n', text: 'x'.repeat(2000) }).ok).toBe(true);
    const result = addCriterion(emptyIssueCriteria(), { id: 'n', text: 'x'.repeat(2001) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('criterion_too_long');
      expect(result.error.message).toContain('2,000 characters');
      expect(result.error.message).toContain('2,001');
    }
  });

  it('counts an emoji as one character', () => {
    expect(addCriterion(emptyIssueCriteria(), { id: 'n', text: '✅'.repeat(1000) + '😀'.repeat(1000) }).ok).toBe(true);
  });

  it('measures length after trimming', () => {
    expect(addCriterion(emptyIssueCriteria(), { id: 'n', text: `  ${'x'.repeat(2000)}  ` }).ok).toBe(true);
  });

  it('allows 100 criteria and refuses the 101st, naming the limit', () => {
    let record = emptyIssueCriteria();
    for (let i = 0; i < 100; i += 1) record = value(addCriterion(record, { id: `c${i}`, text: `Criterion ${i}` }));
    const result = addCriterion(record, { id: 'c100', text: 'One too many' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too_many_criteria');
      expect(result.error.message).toContain('at most 100');
    }
  });

  it('edit enforces the text limit too', () => {
    expect(errorCode(editCriterionText(threeCriteria(), 'a', 'y'.repeat(2001)))).toBe('criterion_too_long');
  });
});

describe('editCriterionText', () => {
  it('changes the text and resets the verification when the meaning changes', () => {
    const verified = value(verifyCriterion(threeCriteria(), 'b', { state: 'passed', by: PO, at: AT }));
    const edited = value(editCriterionText(verified, 'b', 'Second, reworded'));
    expect(edited.criteria[1]).toEqual({ id: 'b', text: 'Second, reworded', verification: { state: 'unverified' } });
  });

  it('keeps the verification for a whitespace-only edit', () => {
    const verified = value(verifyCriterion(threeCriteria(), 'b', { state: 'failed', by: PO, at: AT }));
    const edited = value(editCriterionText(verified, 'b', '  Second  '));
    expect(edited.criteria[1]?.verification).toEqual({ state: 'failed', by: PO, at: AT });
  });

  it('reports an unknown id', () => {
    expect(errorCode(editCriterionText(threeCriteria(), 'zz', 'x'))).toBe('criterion_not_found');
  });

  it('rejects empty text', () => {
    expect(errorCode(editCriterionText(threeCriteria(), 'a', '   '))).toBe('criterion_empty');
  });
});

describe('removeCriterion', () => {
  it('removes by id and keeps the order of the rest', () => {
    expect(value(removeCriterion(threeCriteria(), 'b')).criteria.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('reports an unknown id', () => {
    expect(errorCode(removeCriterion(threeCriteria(), 'zz'))).toBe('criterion_not_found');
  });
});

describe('moveCriterion', () => {
  it.each([
    ['a', 2, ['b', 'c', 'a']],
    ['c', 0, ['c', 'a', 'b']],
    ['b', 1, ['a', 'b', 'c']],
    ['a', 1, ['b', 'a', 'c']],
  ] as const)('moves %s to %i', (id, to, order) => {
    expect(value(moveCriterion(threeCriteria(), id, to)).criteria.map((c) => c.id)).toEqual(order);
  });

  it.each([3, -1, 0.5, Number.NaN])('rejects index %s', (to) => {
    expect(errorCode(moveCriterion(threeCriteria(), 'a', to))).toBe('invalid_index');
  });

  it('reports an unknown id', () => {
    expect(errorCode(moveCriterion(threeCriteria(), 'zz', 0))).toBe('criterion_not_found');
  });

  it('keeps the version', () => {
    expect(value(moveCriterion(threeCriteria(), 'a', 2)).version).toBe(7);
  });
});

describe('verifyCriterion', () => {
  it.each(['passed', 'failed', 'unverified'] as const)('records %s with who and when', (state) => {
    const record = value(verifyCriterion(threeCriteria(), 'a', { state, by: PO, at: AT }));
    expect(record.criteria[0]?.verification).toEqual({ state, by: PO, at: AT });
    expect(record.criteria[1]?.verification).toEqual({ state: 'unverified' });
  });

  it.each([
    [{ state: 'done' as never, by: PO, at: AT }, 'invalid_state'],
    [{ state: 'passed' as const, by: '', at: AT }, 'invalid_actor'],
    [{ state: 'passed' as const, by: PO, at: 'yesterday' }, 'invalid_time'],
    [{ state: 'passed' as const, by: PO, at: '2025-13-45T99:00:00Z' }, 'invalid_time'],
    [{ state: 'passed' as const, by: PO, at: '2025-03-01' }, 'invalid_time'],
  ])('rejects %o with %s', (input, code) => {
    expect(errorCode(verifyCriterion(threeCriteria(), 'a', input))).toBe(code);
  });

  it('accepts a zone offset and fractional seconds', () => {
    expect(verifyCriterion(threeCriteria(), 'a', { state: 'passed', by: PO, at: '2025-03-01T10:30:00.123+01:00' }).ok).toBe(true);
  });

  it('reports an unknown id', () => {
    expect(errorCode(verifyCriterion(threeCriteria(), 'zz', { state: 'passed', by: PO, at: AT }))).toBe('criterion_not_found');
  });
});

describe('replaceAllCriteria (import)', () => {
  it('replaces everything with fresh ids from the generator', () => {
    const record = value(replaceAllCriteria(threeCriteria(), ['One', 'Two'], sequentialIds('n')));
    expect(record).toEqual({
      criteria: [
        { id: 'n1', text: 'One', verification: { state: 'unverified' } },
        { id: 'n2', text: 'Two', verification: { state: 'unverified' } },
      ],
      version: 7,
    });
  });

  it('keeps id and verification of a criterion whose canonical text is unchanged', () => {
    const verified = value(verifyCriterion(threeCriteria(), 'b', { state: 'passed', by: PO, at: AT }));
    const record = value(replaceAllCriteria(verified, ['New one', ' Second '], sequentialIds('n')));
    expect(record.criteria[1]).toEqual({ id: 'b', text: 'Second', verification: { state: 'passed', by: PO, at: AT } });
    expect(record.criteria[0]?.id).toBe('n1');
  });

  it('keeps a text repeated in the import once', () => {
    const record = value(replaceAllCriteria(emptyIssueCriteria(), ['A  b', 'A b', 'C'], sequentialIds()));
    expect(record.criteria.map((c) => c.text)).toEqual(['A  b', 'C']);
  });

  it('rejects an import over 100 criteria', () => {
    const texts = Array.from({ length: 101 }, (_, i) => `Criterion ${i}`);
    expect(errorCode(replaceAllCriteria(emptyIssueCriteria(), texts, sequentialIds()))).toBe('too_many_criteria');
  });

  it('names the position of an invalid criterion', () => {
    const result = replaceAllCriteria(emptyIssueCriteria(), ['ok', 'x'.repeat(2001)], sequentialIds());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('criterion_too_long');
      expect(result.error.message).toMatch(/^Criterion 2:/u);
    }
  });

  it('rejects a generator that repeats ids', () => {
    expect(errorCode(replaceAllCriteria(emptyIssueCriteria(), ['a', 'b'], () => 'same'))).toBe('duplicate_id');
  });

  it('accepts an empty import (clears the list)', () => {
    expect(value(replaceAllCriteria(threeCriteria(), [], sequentialIds())).criteria).toEqual([]);
  });
});

describe('importDuplicates and appendNewCriteria', () => {
  it('finds texts that are already criteria, by canonical text, case kept', () => {
    const result = importDuplicates(threeCriteria(), ['  First ', 'second', 'Fourth', 'Fourth']);
    expect(result).toEqual({ wouldDuplicate: true, duplicates: ['  First ', 'Fourth'], fresh: ['second', 'Fourth'] });
  });

  it('says no when nothing repeats', () => {
    expect(importDuplicates(threeCriteria(), ['Fourth', 'Fifth']).wouldDuplicate).toBe(false);
  });

  it('ignores blank texts', () => {
    expect(importDuplicates(emptyIssueCriteria(), ['', '  '])).toEqual({ wouldDuplicate: false, duplicates: [], fresh: [] });
  });

  it('appends only the new texts after the existing ones', () => {
    const record = value(appendNewCriteria(threeCriteria(), ['Second', 'Fourth'], sequentialIds('n')));
    expect(record.criteria.map((c) => [c.id, c.text])).toEqual([
      ['a', 'First'],
      ['b', 'Second'],
      ['c', 'Third'],
      ['n1', 'Fourth'],
    ]);
  });

  it('stops at the limit when appending', () => {
    let record = emptyIssueCriteria();
    for (let i = 0; i < 99; i += 1) record = value(addCriterion(record, { id: `c${i}`, text: `Criterion ${i}` }));
    expect(errorCode(appendNewCriteria(record, ['x', 'y'], sequentialIds('n')))).toBe('too_many_criteria');
  });
});
