import { describe, expect, it } from 'vitest';
import { addCriterion, verifyCriterion } from '../../../src/domain/criteria/criteria-operations';
import { criteriaMirror, criteriaSummary } from '../../../src/domain/criteria/criteria-summary';
import type { IssueCriteria } from '../../../src/domain/criteria/criterion';
import { mirrorDiffers } from '../../../src/domain/criteria/mirror-differs';

function build(): IssueCriteria {
  let record: IssueCriteria = { criteria: [] };
  for (const id of ['a', 'b', 'c', 'd']) {
    const added = addCriterion(record, { id, text: `Criterion ${id}` });
    if (added.ok) record = added.value;
  }
  for (const [id, state] of [['a', 'passed'], ['b', 'passed'], ['c', 'failed']] as const) {
    const verified = verifyCriterion(record, id, { state, by: 'acc-1', at: '2025-03-01T09:00:00Z' });
    if (verified.ok) record = verified.value;
  }
  return record;
}

describe('criteriaSummary and criteriaMirror', () => {
  it('counts all, passed and failed', () => {
    expect(criteriaSummary(build())).toEqual({ count: 4, passed: 2, failed: 1 });
  });

  it('is all zero for no criteria', () => {
    expect(criteriaSummary({ criteria: [] })).toEqual({ count: 0, passed: 0, failed: 0 });
  });

  it('mirrors exactly the three numbers', () => {
    const mirror = criteriaMirror(criteriaSummary(build()));
    expect(mirror).toEqual({ count: 4, passed: 2, failed: 1 });
    expect(Object.keys(mirror).sort()).toEqual(['count', 'failed', 'passed']);
  });
});

describe('mirrorDiffers', () => {
  const expected = { count: 4, passed: 2, failed: 1 };

  it('is false for the same value in another key order', () => {
    expect(mirrorDiffers(expected, { failed: 1, count: 4, passed: 2 })).toBe(false);
  });

  it.each([
    ['missing property', undefined],
    ['null', null],
    ['changed number', { count: 4, passed: 3, failed: 1 }],
    ['number as string', { count: '4', passed: 2, failed: 1 }],
    ['missing key', { count: 4, passed: 2 }],
    ['extra key', { count: 4, passed: 2, failed: 1, hacked: true }],
    ['array', [4, 2, 1]],
    ['string', 'approved'],
  ])('is true for %s', (_label, actual) => {
    expect(mirrorDiffers(expected, actual)).toBe(true);
  });

  it('compares nested values and nulls', () => {
    expect(mirrorDiffers({ state: 'pending', hash: null }, { state: 'pending', hash: null })).toBe(false);
    expect(mirrorDiffers({ state: 'pending', hash: null }, { state: 'pending', hash: 'abc' })).toBe(true);
    expect(mirrorDiffers({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(false);
    expect(mirrorDiffers({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(true);
  });

  it('treats undefined members as absent, as JSON does', () => {
    expect(mirrorDiffers({ a: 1, b: undefined }, { a: 1 })).toBe(false);
  });
});
