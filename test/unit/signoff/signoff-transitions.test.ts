import { describe, expect, it } from 'vitest';
import { pendingSignoff, type Signoff } from '../../../src/domain/signoff/signoff';
import {
  approve,
  contentChanged,
  requestChanges,
  type SignoffResult,
} from '../../../src/domain/signoff/signoff-transitions';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const PO = 'acc-po-1';
const T1 = '2025-03-01T09:00:00Z';
const T2 = '2025-03-02T09:00:00Z';
const T3 = '2025-03-03T09:00:00Z';

function value(result: SignoffResult): Signoff {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

function errorOf(result: SignoffResult): { code: string; message: string } {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const approved = (): Signoff => value(approve(pendingSignoff(), { by: PO, at: T1, hash: H1 }));
const changesRequested = (): Signoff => value(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: 'Add the error case' }));
const stale = (): Signoff => value(contentChanged(approved(), { hash: H2, at: T2 }));

describe('sign-off starts pending', () => {
  it('has no hash, no time and no history', () => {
    expect(pendingSignoff()).toEqual({ state: 'pending', hash: null, updatedAt: null, history: [] });
  });
});

describe('approve', () => {
  it('pending -> approved, recording who, when and the hash', () => {
    expect(approved()).toEqual({
      state: 'approved',
      hash: H1,
      updatedAt: T1,
      history: [{ decision: 'approved', by: PO, at: T1, hash: H1 }],
    });
  });

  it('changes_requested -> approved', () => {
    const next = value(approve(changesRequested(), { by: PO, at: T2, hash: H2 }));
    expect(next.state).toBe('approved');
    expect(next.hash).toBe(H2);
    expect(next.history.map((e) => e.decision)).toEqual(['changes_requested', 'approved']);
  });

  it('changes_requested -> approved also on unchanged content (the PO changed their mind)', () => {
    expect(value(approve(changesRequested(), { by: PO, at: T2, hash: H1 })).state).toBe('approved');
  });

  it('stale -> approved (re-approval) of the new content', () => {
    const next = value(approve(stale(), { by: PO, at: T3, hash: H2 }));
    expect(next).toMatchObject({ state: 'approved', hash: H2, updatedAt: T3 });
    expect(next.history.map((e) => [e.decision, e.hash])).toEqual([
      ['approved', H1],
      ['stale', H2],
      ['approved', H2],
    ]);
  });

  it('approved -> approved is refused for the same content', () => {
    expect(errorOf(approve(approved(), { by: PO, at: T2, hash: H1 })).code).toBe('already_approved');
  });

  it('approved -> approved is allowed when the content moved before the stale mark arrived', () => {
    const next = value(approve(approved(), { by: 'acc-po-2', at: T2, hash: H2 }));
    expect(next).toMatchObject({ state: 'approved', hash: H2 });
    expect(next.history).toHaveLength(2);
  });

  it('keeps an optional note, trimmed, and drops a blank one', () => {
    expect(value(approve(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: '  Looks good  ' })).history[0]?.feedback).toBe('Looks good');
    expect(value(approve(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: '   ' })).history[0]).not.toHaveProperty('feedback');
  });

  it.each([
    [{ by: '', at: T1, hash: H1 }, 'invalid_actor'],
    [{ by: PO, at: 'now', hash: H1 }, 'invalid_time'],
    [{ by: PO, at: T1, hash: 'abc' }, 'invalid_hash'],
    [{ by: PO, at: T1, hash: H1.toUpperCase() }, 'invalid_hash'],
    [{ by: PO, at: T1, hash: H1, feedback: 'x'.repeat(5001) }, 'feedback_too_long'],
  ])('rejects %o with %s', (input, code) => {
    expect(errorOf(approve(pendingSignoff(), input)).code).toBe(code);
  });
});

describe('requestChanges', () => {
  it('pending -> changes_requested with trimmed feedback', () => {
    const next = value(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: '  Add the error case \n' }));
    expect(next).toEqual({
      state: 'changes_requested',
      hash: H1,
      updatedAt: T1,
      history: [{ decision: 'changes_requested', by: PO, at: T1, hash: H1, feedback: 'Add the error case' }],
    });
  });

  it('approved -> changes_requested', () => {
    expect(value(requestChanges(approved(), { by: PO, at: T2, hash: H1, feedback: 'Found a gap' })).state).toBe('changes_requested');
  });

  it('stale -> changes_requested', () => {
    expect(value(requestChanges(stale(), { by: PO, at: T3, hash: H2, feedback: 'New text is unclear' })).state).toBe('changes_requested');
  });

  it('changes_requested -> changes_requested when the content changed since', () => {
    const next = value(requestChanges(changesRequested(), { by: PO, at: T2, hash: H2, feedback: 'Still missing' }));
    expect(next.history.map((e) => e.feedback)).toEqual(['Add the error case', 'Still missing']);
  });

  it('changes_requested -> changes_requested is refused on unchanged content', () => {
    expect(errorOf(requestChanges(changesRequested(), { by: PO, at: T2, hash: H1, feedback: 'Again' })).code).toBe('changes_already_requested');
  });

  it.each(['', '   ', '\n\t'])('requires feedback (%j)', (feedback) => {
    const error = errorOf(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback }));
    expect(error.code).toBe('feedback_required');
    expect(error.message).toMatch(/feedback/iu);
  });

  it('accepts 5,000 characters and refuses 5,001, naming the limit', () => {
    expect(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: 'x'.repeat(5000) }).ok).toBe(true);
    const error = errorOf(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: `  ${'x'.repeat(5001)}` }));
    expect(error.code).toBe('feedback_too_long');
    expect(error.message).toContain('5,000');
  });

  it('refuses feedback that is not a string', () => {
    expect(errorOf(requestChanges(pendingSignoff(), { by: PO, at: T1, hash: H1, feedback: null as unknown as string })).code).toBe('feedback_required');
  });
});

describe('contentChanged', () => {
  it('approved -> stale when the hash differs, keeping the approved hash on the record', () => {
    const next = value(contentChanged(approved(), { hash: H2, at: T2, by: 'acc-dev-1' }));
    expect(next).toEqual({
      state: 'stale',
      hash: H1,
      updatedAt: T2,
      history: [
        { decision: 'approved', by: PO, at: T1, hash: H1 },
        { decision: 'stale', by: 'acc-dev-1', at: T2, hash: H2 },
      ],
    });
  });

  it('records an unknown editor as null', () => {
    expect(value(contentChanged(approved(), { hash: H2, at: T2 })).history[1]?.by).toBeNull();
  });

  it.each([
    ['approved with the same hash', approved, H1],
    ['pending', pendingSignoff, H2],
    ['changes_requested', changesRequested, H2],
    ['stale', stale, 'c'.repeat(64)],
  ])('leaves %s unchanged (same object)', (_label, make, hash) => {
    const before = make();
    expect(value(contentChanged(before, { hash, at: T3 }))).toBe(before);
  });

  it('rejects a bad hash or time', () => {
    expect(errorOf(contentChanged(approved(), { hash: 'zz', at: T2 })).code).toBe('invalid_hash');
    expect(errorOf(contentChanged(approved(), { hash: H2, at: '' })).code).toBe('invalid_time');
  });
});

describe('history is append-only', () => {
  it('every transition keeps earlier entries untouched and adds one at the end', () => {
    const a = approved();
    const b = value(contentChanged(a, { hash: H2, at: T2 }));
    const c = value(requestChanges(b, { by: PO, at: T3, hash: H2, feedback: 'Clarify' }));
    expect(c.history.slice(0, 2)).toEqual(b.history);
    expect(b.history.slice(0, 1)).toEqual(a.history);
    expect(a.history).toHaveLength(1);
  });
});
