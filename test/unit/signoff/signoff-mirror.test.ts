import { describe, expect, it } from 'vitest';
import { mirrorDiffers, pendingSignoff, signoffMirror, SIGNOFF_PROPERTY_KEY } from '../../../src/domain/signoff';
import { approve, contentChanged } from '../../../src/domain/signoff/signoff-transitions';

const H1 = '1'.repeat(64);
const H2 = '2'.repeat(64);

describe('signoffMirror', () => {
  it('mirrors a pending sign-off with nulls', () => {
    expect(signoffMirror(pendingSignoff())).toEqual({ state: 'pending', hash: null, updatedAt: null });
  });

  it('mirrors state, approved hash and time, never the history', () => {
    const approved = approve(pendingSignoff(), { by: 'acc-1', at: '2025-03-01T09:00:00Z', hash: H1 });
    if (!approved.ok) throw new Error('approve failed');
    const stale = contentChanged(approved.value, { hash: H2, at: '2025-03-02T09:00:00Z' });
    if (!stale.ok) throw new Error('contentChanged failed');
    const mirror = signoffMirror(stale.value);
    expect(mirror).toEqual({ state: 'stale', hash: H1, updatedAt: '2025-03-02T09:00:00Z' });
    expect(mirror).not.toHaveProperty('history');
  });

  it('detects a hand-edited property', () => {
    const expected = signoffMirror(pendingSignoff());
    expect(mirrorDiffers(expected, { state: 'pending', hash: null, updatedAt: null })).toBe(false);
    expect(mirrorDiffers(expected, { state: 'approved', hash: null, updatedAt: null })).toBe(true);
    expect(mirrorDiffers(expected, undefined)).toBe(true);
  });

  it('uses the documented property key', () => {
    expect(SIGNOFF_PROPERTY_KEY).toBe('accord-signoff');
  });
});
