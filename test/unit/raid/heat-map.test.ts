import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposure, heatMap, riskBand, type RaidItem } from '../../../src/domain/raid';
import { create, risk, update } from './raid-fixtures';

const cell = (map: ReturnType<typeof heatMap>, likelihood: number, impact: number) =>
  map.cells.find((c) => c.likelihood === likelihood && c.impact === impact);

describe('risk bands', () => {
  it('low 1-4, medium 5-9, high 10-16, critical 20-25', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('every product of likelihood and impact has a band, rising with the score (law)', () => {
    const order = ['low', 'medium', 'high', 'critical'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (l1, i1, l2, i2) => {
        const [a, b] = [l1 * i1, l2 * i2];
        if (a <= b) expect(order.indexOf(riskBand(a))).toBeLessThanOrEqual(order.indexOf(riskBand(b)));
      }),
    );
  });
});

describe('heatMap', () => {
  const items: RaidItem[] = [
    risk({ likelihood: 5, impact: 5 }, 1),
    risk({ likelihood: 5, impact: 5, status: 'occurred' }, 2),
    risk({ likelihood: 3, impact: 4, status: 'mitigating', residualLikelihood: 1, residualImpact: 2 }, 3),
    risk({ likelihood: 2, impact: 2, status: 'closed' }, 4),
    create({ kind: 'issue', title: 'Not a risk' }, 5),
  ];

  it('25 cells, likelihood 5 down to 1, impact 1 up to 5, each with its band', () => {
    const map = heatMap(items);
    expect(map.cells).toHaveLength(25);
    expect(map.cells.slice(0, 5).map((c) => [c.likelihood, c.impact])).toEqual([
      [5, 1],
      [5, 2],
      [5, 3],
      [5, 4],
      [5, 5],
    ]);
    expect(map.cells.at(-1)).toMatchObject({ likelihood: 1, impact: 5, score: 5, band: 'medium' });
  });

  it('counts open, mitigating and occurred risks with the items behind each cell; closed ones and other kinds are left out', () => {
    const map = heatMap(items, 'inherent');
    expect(cell(map, 5, 5)).toMatchObject({ count: 2, itemIds: ['R-1', 'R-2'], labels: ['R-1', 'R-2'], band: 'critical' });
    expect(cell(map, 3, 4)).toMatchObject({ count: 1, band: 'high' });
    expect(cell(map, 2, 2)?.count).toBe(0);
    expect(map.counted).toBe(3);
  });

  it('residual: where a risk is after its response, inherent where residual is unset', () => {
    const map = heatMap(items, 'residual');
    expect(cell(map, 1, 2)).toMatchObject({ count: 1, itemIds: ['R-3'] });
    expect(cell(map, 3, 4)?.count).toBe(0);
    expect(cell(map, 5, 5)?.count).toBe(2);
  });

  it('every live risk is in exactly one cell (law)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            likelihood: fc.integer({ min: 1, max: 5 }),
            impact: fc.integer({ min: 1, max: 5 }),
            status: fc.constantFrom('open', 'mitigating', 'occurred', 'closed'),
            residual: fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))),
          }),
          { maxLength: 15 },
        ),
        fc.constantFrom('inherent' as const, 'residual' as const),
        (specs, basis) => {
          const list = specs.map((s, i) =>
            risk({ likelihood: s.likelihood, impact: s.impact, status: s.status, residualLikelihood: s.residual?.[0] ?? null, residualImpact: s.residual?.[1] ?? null }, i + 1),
          );
          const map = heatMap(list, basis);
          const live = list.filter((r) => r.status !== 'closed').map((r) => r.id);
          expect(map.cells.reduce((n, c) => n + c.count, 0)).toBe(live.length);
          expect(map.cells.flatMap((c) => c.itemIds).sort()).toEqual([...live].sort());
        },
      ),
    );
  });
});

describe('exposure', () => {
  it('sums the scores of risks that are not closed, inherent and residual', () => {
    const items = [
      risk({ likelihood: 5, impact: 4 }, 1), // 20, residual 20
      risk({ likelihood: 3, impact: 3, residualLikelihood: 1, residualImpact: 2 }, 2), // 9, residual 2
      risk({ likelihood: 5, impact: 5, status: 'closed' }, 3),
    ];
    expect(exposure(items)).toEqual({ inherent: 29, residual: 22, risks: 2, itemIds: ['R-1', 'R-2'] });
    expect(exposure([])).toEqual({ inherent: 0, residual: 0, risks: 0, itemIds: [] });
  });

  it('follows updates: closing a risk takes it out', () => {
    const r = risk({ likelihood: 4, impact: 4 });
    expect(exposure([update(r, { status: 'closed' }).item]).inherent).toBe(0);
  });
});
