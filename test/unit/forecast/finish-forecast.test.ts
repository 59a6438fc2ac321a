import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastFinish, nearestRank, type FinishForecast, type ForecastInput } from '../../../src/domain/forecast';
import type { Result } from '../../../src/domain/criteria/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const base: ForecastInput = { remaining: 10, throughputSamples: [5], period: 'week', startDate: '2026-11-02', seed: 42 };
const forecast = (overrides: Partial<ForecastInput> = {}): FinishForecast => value(forecastFinish({ ...base, ...overrides }));

describe('known answers', () => {
  it('constant throughput gives one exact date: 10 items at 5 a week from Monday 2 November end on Sunday 15 November', () => {
    const result = forecast();
    const done = { date: '2026-11-15', periods: 2 };
    expect(result).toMatchObject({ p50: done, p85: done, p95: done, cannotFinish: false, unfinishedTrials: 0 });
  });

  it('a part period still takes the whole period: 11 items at 5 a week take 3 weeks', () => {
    expect(forecast({ remaining: 11 }).p50).toEqual({ date: '2026-11-22', periods: 3 });
  });

  it('daily periods count calendar days: 5 items at 2 a day take 3 days', () => {
    expect(forecast({ remaining: 5, throughputSamples: [2], period: 'day' }).p95).toEqual({ date: '2026-11-04', periods: 3 });
  });

  it('scope growth slows it: 10 items, 5 done and 3 added a week, take 4 weeks (net 2, but 5 can finish the last 4)', () => {
    // Week by week: 10+3-5=8, 8+3-5=6, 4, 2, 0 -> done in week 5.
    expect(forecast({ growthSamples: [3] }).p50).toEqual({ date: '2026-12-06', periods: 5 });
  });

  it('scope stops growing after growthPeriods: 10 items, 3 added in the first 2 weeks only, 5 done a week, take 4 weeks', () => {
    // 10+3-5=8, 8+3-5=6, then no growth: 1, done in week 4.
    expect(forecast({ growthSamples: [3], growthPeriods: 2 }).p50).toEqual({ date: '2026-11-29', periods: 4 });
    expect(forecast({ growthSamples: [3], growthPeriods: 2 }).basis.growthPeriods).toBe(2);
  });

  it('growth that outpaces throughput still finishes once the scope is frozen', () => {
    const frozen = forecast({ throughputSamples: [1], growthSamples: [2], growthPeriods: 3, horizonPeriods: 50, trials: 100 });
    // 10 + 3 weeks of net +1 = 13 left after week 3, then 1 a week: done in week 16.
    expect(frozen.p50).toEqual({ date: '2027-02-21', periods: 16 });
    expect(frozen.cannotFinish).toBe(false);
  });

  it('nothing remaining is done at the start', () => {
    expect(forecast({ remaining: 0, releaseDate: '2026-11-01' })).toMatchObject({
      p50: { date: '2026-11-02', periods: 0 },
      probabilityByRelease: 1,
      p85AfterRelease: true,
    });
  });

  it('one week in four finishing everything: the percentiles follow the geometric law', () => {
    // P(done by week n) = 1 - 0.75^n: 0.25, 0.44, 0.58 ... so P50 is week 3 and P85 week 7.
    const result = forecast({ remaining: 10, throughputSamples: [0, 0, 0, 10], releaseDate: '2026-11-15' });
    expect(result.p50?.periods).toBe(3);
    expect(result.p85?.periods).toBe(7);
    expect(result.probabilityByRelease).toBeGreaterThan(0.4375 - 0.02);
    expect(result.probabilityByRelease).toBeLessThan(0.4375 + 0.02);
  });
});

describe('cannot finish', () => {
  it('zero throughput cannot finish: no dates, says so, and stops (no infinite loop)', () => {
    const result = forecast({ throughputSamples: [0, 0, 0], releaseDate: '2027-03-01' });
    expect(result).toMatchObject({
      p50: null,
      p85: null,
      p95: null,
      cannotFinish: true,
      unfinishedTrials: 10_000,
      probabilityByRelease: 0,
      p85AfterRelease: true,
      horizon: { periods: 520, endDate: '2036-10-19' },
    });
  });

  it('growth outpacing throughput runs into the horizon', () => {
    const result = forecast({ throughputSamples: [1], growthSamples: [2], horizonPeriods: 50, trials: 100 });
    expect(result).toMatchObject({ cannotFinish: true, unfinishedTrials: 100, horizon: { periods: 50, endDate: '2027-10-17' } });
  });

  it('a few trials past the horizon leave only the high percentiles open', () => {
    // 1 - 0.75^4 = 0.68 finish within 4 weeks: P50 has a date, P85 and P95 do not.
    const result = forecast({ throughputSamples: [0, 0, 0, 10], horizonPeriods: 4 });
    expect(result.p50).not.toBeNull();
    expect(result.p85).toBeNull();
    expect(result.p95).toBeNull();
    expect(result.cannotFinish).toBe(false);
    expect(result.unfinishedTrials).toBeGreaterThan(2_900);
    expect(result.unfinishedTrials).toBeLessThan(3_400);
  });
});

describe('release date', () => {
  it('the probability of finishing by the release date, and the flag when P85 falls after it', () => {
    expect(forecast({ releaseDate: '2026-11-15' })).toMatchObject({ probabilityByRelease: 1, p85AfterRelease: false });
    expect(forecast({ releaseDate: '2026-11-14' })).toMatchObject({ probabilityByRelease: 0, p85AfterRelease: true });
    expect(forecast({ releaseDate: '2026-10-01' })).toMatchObject({ probabilityByRelease: 0, p85AfterRelease: true });
  });

  it('without a release date neither is given', () => {
    expect(forecast()).toMatchObject({ probabilityByRelease: null, p85AfterRelease: null });
  });
});

describe('seeded', () => {
  const noisy: Partial<ForecastInput> = { remaining: 120, throughputSamples: [3, 8, 12, 0, 15, 9, 6], growthSamples: [0, 0, 2, 5] };

  it('the same input gives the same answer', () => {
    expect(forecast(noisy)).toEqual(forecast(noisy));
  });

  it('another seed samples differently (the seed is used)', () => {
    const runs = [1, 2, 3, 4, 5].map((seed) => forecast({ ...noisy, seed, releaseDate: '2027-02-01' }).probabilityByRelease);
    expect(new Set(runs).size).toBeGreaterThan(1);
  });

  it('shows what it rests on', () => {
    expect(forecast(noisy).basis).toEqual({
      remaining: 120,
      throughputSamples: [3, 8, 12, 0, 15, 9, 6],
      growthSamples: [0, 0, 2, 5],
      // Growing every period up to the horizon unless told otherwise.
      growthPeriods: 520,
      period: 'week',
      startDate: '2026-11-02',
      releaseDate: null,
      trials: 10_000,
      seed: 42,
    });
  });
});

describe('laws', () => {
  it('percentiles are ordered and the probability is a share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
        fc.integer(),
        (remaining, throughputSamples, growthSamples, seed) => {
          const r = forecast({ remaining, throughputSamples, growthSamples, seed, trials: 500, horizonPeriods: 104, releaseDate: '2027-06-01' });
          const rank = (p: { periods: number } | null) => p?.periods ?? Number.POSITIVE_INFINITY;
          expect(rank(r.p50)).toBeLessThanOrEqual(rank(r.p85));
          expect(rank(r.p85)).toBeLessThanOrEqual(rank(r.p95));
          expect(r.probabilityByRelease).toBeGreaterThanOrEqual(0);
          expect(r.probabilityByRelease).toBeLessThanOrEqual(1);
          expect(r.p85AfterRelease).toBe(r.p85 === null || r.p85.date > '2027-06-01');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('more remaining work never finishes earlier (same seed, constant samples)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 30 }), (a, b, t) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const p = (remaining: number) => forecast({ remaining, throughputSamples: [t], trials: 100 }).p50?.periods ?? Infinity;
        expect(p(small)).toBeLessThanOrEqual(p(large));
      }),
      { numRuns: 50 },
    );
  });
});

describe('refusals', () => {
  it('says what is wrong', () => {
    const bad = forecastFinish({ ...base, throughputSamples: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_forecast', message: expect.stringContaining('throughput sample') } });
    expect(forecastFinish({ ...base, remaining: -1 }).ok).toBe(false);
    expect(forecastFinish({ ...base, throughputSamples: [Number.NaN] }).ok).toBe(false);
    expect(forecastFinish({ ...base, startDate: '2026-02-30' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('YYYY-MM-DD') } });
    expect(forecastFinish({ ...base, seed: 1.5 }).ok).toBe(false);
    expect(forecastFinish({ ...base, trials: 5 }).ok).toBe(false);
  });
});

describe('nearestRank', () => {
  it('is the smallest value with at least that share at or below it', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(values, 0.5)).toBe(50);
    expect(nearestRank(values, 0.85)).toBe(85);
    expect(nearestRank([7], 0.95)).toBe(7);
    expect(nearestRank([], 0.5)).toBe(Number.POSITIVE_INFINITY);
  });
});
