import { describe, expect, it } from 'vitest';
import { exposureOverTime, raidSnapshot, raidSnapshotSchema, riskMovement, type RaidItem, type RaidSnapshot } from '../../../src/domain/raid';
import { create, risk, update } from './raid-fixtures';

function snapshot(items: RaidItem[], week: string): RaidSnapshot {
  const result = raidSnapshot(items, week);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const r1 = risk({ likelihood: 3, impact: 3 }, 1);
const r2 = risk({ likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 2 }, 2);
const r3 = risk({ likelihood: 2, impact: 2 }, 3);
const r4 = risk({ likelihood: 5, impact: 1, status: 'closed' }, 4);

describe('raidSnapshot', () => {
  it('keeps every risk (closed too) and the exposure of the live ones', () => {
    const s = snapshot([r2, create({ kind: 'issue', title: 'Not a risk' }), r1, r4], '2026-W45');
    expect(s).toEqual({
      week: '2026-W45',
      exposure: 25,
      residualExposure: 13,
      risks: [
        { id: 'R-1', number: 1, likelihood: 3, impact: 3, residualLikelihood: null, residualImpact: null, score: 9, status: 'open' },
        { id: 'R-2', number: 2, likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 2, score: 16, status: 'open' },
        { id: 'R-4', number: 4, likelihood: 5, impact: 1, residualLikelihood: null, residualImpact: null, score: 5, status: 'closed' },
      ],
    });
    expect(raidSnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('refuses a bad week label', () => {
    expect(raidSnapshot([], '2026-48')).toMatchObject({ ok: false, error: { code: 'invalid_week' } });
  });
});

describe('riskMovement', () => {
  const previous = snapshot([r1, r2, r3, r4], '2026-W45');
  const current = snapshot(
    [
      update(r1, { likelihood: 5 }).item, // up
      update(r2, { impact: 2 }).item, // down
      update(r3, { status: 'closed' }).item, // closed
      update(r4, { status: 'open' }).item, // reopened: up
      risk({ likelihood: 1, impact: 1 }, 5), // new
    ],
    '2026-W46',
  );

  it('up, down, closed, reopened (up) and new', () => {
    expect(riskMovement(previous, current).map((m) => [m.id, m.movement, m.fromScore, m.toScore])).toEqual([
      ['R-1', 'up', 9, 15],
      ['R-2', 'down', 16, 8],
      ['R-3', 'closed', 4, 4],
      ['R-4', 'up', 5, 5],
      ['R-5', 'new', null, 1],
    ]);
  });

  it('unchanged is same; a risk gone from the register counts as closed; closed in both is same', () => {
    const later = snapshot([update(r1, { likelihood: 5 }).item, update(r3, { status: 'closed' }).item], '2026-W47');
    expect(riskMovement(current, later).map((m) => [m.id, m.movement, m.toStatus])).toEqual([
      ['R-1', 'same', 'open'],
      ['R-2', 'closed', null],
      ['R-3', 'same', 'closed'],
      ['R-4', 'closed', null],
      ['R-5', 'closed', null],
    ]);
  });

  it('residual basis compares residual scores (inherent where unset)', () => {
    const before = snapshot([r2], '2026-W45');
    const after = snapshot([update(r2, { residualLikelihood: 3 }).item], '2026-W46');
    expect(riskMovement(before, after, 'residual')[0]).toMatchObject({ movement: 'up', fromScore: 4, toScore: 6 });
    expect(riskMovement(before, after, 'inherent')[0]).toMatchObject({ movement: 'same' });
  });

  it('the first snapshot: everything is new', () => {
    expect(riskMovement(null, previous).every((m) => m.movement === 'new')).toBe(true);
  });
});

describe('exposureOverTime', () => {
  it('in week order, the later snapshot winning for a repeated week', () => {
    const w46 = snapshot([r1], '2026-W46');
    const w45 = snapshot([r1, r2], '2026-W45');
    const w46again = snapshot([r2], '2026-W46');
    expect(exposureOverTime([w46, w45, w46again])).toEqual([
      { week: '2026-W45', exposure: 25, residualExposure: 13 },
      { week: '2026-W46', exposure: 16, residualExposure: 4 },
    ]);
  });
});
