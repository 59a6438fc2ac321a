import { describe, expect, it } from 'vitest';
import { forecastTrackRecord } from '../../../src/domain/forecast';

describe('forecastTrackRecord', () => {
  const past = [
    { madeOn: '2026-09-01', p85: '2026-11-30' },
    { madeOn: '2026-10-01', p85: '2026-12-10' },
    { madeOn: '2026-11-01', p85: '2026-12-20' },
    { madeOn: '2026-08-01', p85: null },
  ];

  it('a P85 date held when the version finished on or before it', () => {
    const record = forecastTrackRecord(past, '2026-12-10');
    expect(record.forecasts.map((f) => [f.madeOn, f.outcome, f.daysLate])).toEqual([
      ['2026-08-01', 'no-date', null],
      ['2026-09-01', 'missed', 10],
      ['2026-10-01', 'held', null],
      ['2026-11-01', 'held', null],
    ]);
    expect(record).toMatchObject({ held: 2, missed: 1, pending: 0, heldRate: 0.667 });
  });

  it('leaves out forecasts made after the finish', () => {
    const record = forecastTrackRecord([...past, { madeOn: '2026-12-15', p85: '2026-12-15' }], '2026-12-10');
    expect(record.forecasts).toHaveLength(4);
  });

  it('unfinished: a P85 date already past has missed, the others are pending', () => {
    const record = forecastTrackRecord(past, null, '2026-12-05');
    expect(record.forecasts.map((f) => f.outcome)).toEqual(['no-date', 'missed', 'pending', 'pending']);
    expect(record).toMatchObject({ held: 0, missed: 1, pending: 2, heldRate: 0 });
    expect(record.forecasts[1]?.daysLate).toBe(5);
  });

  it('nothing to judge yet', () => {
    expect(forecastTrackRecord(past, null).heldRate).toBeNull();
    expect(forecastTrackRecord([], '2026-12-01')).toEqual({ forecasts: [], held: 0, missed: 0, pending: 0, heldRate: null });
  });
});
