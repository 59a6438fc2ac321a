import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDaysToDate,
  daysBetween,
  localDateOf,
  validLocalDate,
  validTimeZone,
  weekInstants,
  weekRange,
  weeksBetween,
} from '../../../src/domain/weeks';
import type { Result } from '../../../src/domain/criteria/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('weeksBetween', () => {
  it('lists every week touching the range, both ends included', () => {
    expect(value(weeksBetween('2026-11-25', '2026-12-08')).map((w) => w.week)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
  });

  it('one day gives one week', () => {
    expect(value(weeksBetween('2026-11-29', '2026-11-29'))).toEqual([{ week: '2026-W48', start: '2026-11-23', end: '2026-11-29' }]);
  });

  it('crosses a 53-week year end', () => {
    expect(value(weeksBetween('2026-12-20', '2027-01-12')).map((w) => w.week)).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });

  it('refuses a reversed range, bad dates and absurdly long ranges', () => {
    expect(weeksBetween('2026-12-01', '2026-11-01')).toMatchObject({ ok: false, error: { code: 'invalid_range' } });
    expect(weeksBetween('2026-02-30', '2026-03-01')).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(weeksBetween('2026-01-01', '2206-01-01')).toMatchObject({ ok: false, error: { code: 'invalid_range', message: expect.stringMatching(/shorter range/u) } });
  });

  it('weekRange goes from label to label', () => {
    expect(value(weekRange('2026-W52', '2027-W02')).map((w) => w.week)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weekRange('2027-W02', '2026-W52')).toMatchObject({ ok: false, error: { code: 'invalid_range' } });
  });

  it('consecutive weeks are seven days apart with no gap (law)', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDaysToDate('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, span) => {
        const weeks = value(weeksBetween(from, addDaysToDate(from, span)));
        for (let i = 1; i < weeks.length; i++) expect(daysBetween(weeks[i - 1]!.start, weeks[i]!.start)).toBe(7);
        expect(weeks[0]!.start <= from && from <= weeks[0]!.end).toBe(true);
        const last = weeks[weeks.length - 1]!;
        const to = addDaysToDate(from, span);
        expect(last.start <= to && to <= last.end).toBe(true);
      }),
    );
  });
});

describe('weekInstants', () => {
  it('a Berlin week over the spring change is 167 hours', () => {
    const { startMs, endMs } = value(weekInstants('2026-W13', 'Europe/Berlin'));
    expect(new Date(startMs).toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(new Date(endMs).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((endMs - startMs) / 3_600_000).toBe(167);
  });

  it('a New York week over the autumn change is 169 hours', () => {
    const { startMs, endMs } = value(weekInstants('2026-W44', 'America/New_York'));
    expect((endMs - startMs) / 3_600_000).toBe(169);
  });

  it('UTC by default', () => {
    const { startMs } = value(weekInstants('2026-W48'));
    expect(new Date(startMs).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});

describe('calendar dates', () => {
  it('validates YYYY-MM-DD and real days', () => {
    expect(value(validLocalDate('2028-02-29'))).toBe('2028-02-29');
    expect(validLocalDate('2026-02-29')).toMatchObject({ ok: false, error: { message: 'The date 2026-02-29 is not a day of the calendar.' } });
    expect(validLocalDate('2026-2-1')).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(validLocalDate('2026-11-23T10:00:00Z').ok).toBe(false);
    expect(validLocalDate(20261123).ok).toBe(false);
  });

  it('an instant falls on a date in a zone', () => {
    const instant = Date.parse('2026-11-29T12:00:00Z');
    expect(value(localDateOf(instant, 'Pacific/Auckland'))).toBe('2026-11-30');
    expect(value(localDateOf(instant, 'Pacific/Honolulu'))).toBe('2026-11-29');
  });

  it('zone names: canonical spelling, any case, clear refusals', () => {
    expect(value(validTimeZone('europe/berlin'))).toBe('Europe/Berlin');
    expect(value(validTimeZone())).toBe('UTC');
    expect(validTimeZone('')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(validTimeZone(42)).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
  });

  it('date arithmetic in whole days', () => {
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
