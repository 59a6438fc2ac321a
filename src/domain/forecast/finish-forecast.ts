import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { z } from 'zod';
import { fail, ok, type Result } from '../criteria/result';
import { addDaysToDate, daysBetween, type LocalDate } from '../weeks';
import { DEFAULT_HORIZON, DEFAULT_TRIALS, forecastInputSchema, type ForecastInput } from './forecast-input';
import { nearestRank } from './percentile';

export interface ForecastPoint {
  /** The last day of the period in which the work is done. */
  readonly date: LocalDate;
  /** Periods from the start (1 = done within the first period; 0 = nothing remained). */
  readonly periods: number;
}

export interface FinishForecast {
  /** Null when that share of trials did not finish within the horizon. */
  readonly p50: ForecastPoint | null;
  readonly p85: ForecastPoint | null;
  readonly p95: ForecastPoint | null;
  /** Share of trials done on or before the release date, 3 decimals; null without a release date. */
  readonly probabilityByRelease: number | null;
  /** P85 falls after the release date (or beyond the horizon); null without a release date. */
  readonly p85AfterRelease: boolean | null;
  /** No trial finished within the horizon (for example, nothing is ever finished). */
  readonly cannotFinish: boolean;
  readonly unfinishedTrials: number;
  readonly horizon: { readonly periods: number; readonly endDate: LocalDate };
  /** What the numbers rest on, for the page to show beside them. */
  readonly basis: {
    readonly remaining: number;
    readonly throughputSamples: readonly number[];
    readonly growthSamples: readonly number[];
    /** Periods in which growth was added (scope frozen after them). */
    readonly growthPeriods: number;
    readonly period: 'week' | 'day';
    readonly startDate: LocalDate;
    readonly releaseDate: LocalDate | null;
    readonly trials: number;
    readonly seed: number;
  };
}

/**
 * Monte Carlo finish forecast. Each trial replays periods from `startDate`: add a random scope-growth
 * sample (when given, in the first `growthPeriods` periods), subtract a random throughput sample, until nothing remains; the trial finishes in that
 * period. Samples are drawn uniformly with replacement from a xoroshiro128+ generator seeded with `seed`, so
 * the same input always gives the same answer. A trial still running after `horizonPeriods` has not finished;
 * when no throughput sample is above 0 none can, and no trial is run.
 */
export function forecastFinish(input: ForecastInput): Result<FinishForecast, 'invalid_forecast'> {
  const parsed = forecastInputSchema.safeParse(input);
  if (!parsed.success) return fail('invalid_forecast', `The forecast cannot run: ${z.prettifyError(parsed.error)}`);
  const { remaining, throughputSamples, period, startDate, seed } = parsed.data;
  const growthSamples = parsed.data.growthSamples ?? [];
  const releaseDate = parsed.data.releaseDate ?? null;
  const trials = parsed.data.trials ?? DEFAULT_TRIALS;
  const horizon = parsed.data.horizonPeriods ?? DEFAULT_HORIZON[period];
  const days = period === 'week' ? 7 : 1;
  const dateOf = (periods: number): LocalDate => (periods === 0 ? startDate : addDaysToDate(startDate, periods * days - 1));

  const growthPeriods = parsed.data.growthPeriods ?? horizon;
  const finishes = simulate({ remaining, throughputSamples, growthSamples, growthPeriods, seed, trials, horizon });
  finishes.sort((a, b) => a - b);
  const point = (q: number): ForecastPoint | null => {
    const periods = nearestRank(finishes, q);
    return Number.isFinite(periods) ? { date: dateOf(periods), periods } : null;
  };
  const unfinishedTrials = finishes.filter((f) => !Number.isFinite(f)).length;
  const p85 = point(0.85);

  let probabilityByRelease: number | null = null;
  if (releaseDate !== null) {
    // The last whole period that ends on or before the release date.
    const periodsByRelease = remaining === 0 ? Number.POSITIVE_INFINITY : Math.floor((daysBetween(startDate, releaseDate) + 1) / days);
    const byRelease = finishes.filter((f) => f <= periodsByRelease).length;
    probabilityByRelease = Math.round((byRelease / trials) * 1_000) / 1_000;
  }

  return ok({
    p50: point(0.5),
    p85,
    p95: point(0.95),
    probabilityByRelease,
    p85AfterRelease: releaseDate === null ? null : p85 === null || p85.date > releaseDate,
    cannotFinish: unfinishedTrials === trials,
    unfinishedTrials,
    horizon: { periods: horizon, endDate: dateOf(horizon) },
    basis: { remaining, throughputSamples, growthSamples, growthPeriods: Math.min(growthPeriods, horizon), period, startDate, releaseDate, trials, seed },
  });
}

/** Periods to finish per trial; Infinity for a trial that did not finish within the horizon. */
function simulate(run: {
  remaining: number;
  throughputSamples: readonly number[];
  growthSamples: readonly number[];
  growthPeriods: number;
  seed: number;
  trials: number;
  horizon: number;
}): number[] {
  if (run.remaining <= 0) return new Array<number>(run.trials).fill(0);
  if (Math.max(...run.throughputSamples) <= 0) return new Array<number>(run.trials).fill(Number.POSITIVE_INFINITY);
  const rng = xoroshiro128plus(run.seed);
  const lastThroughput = run.throughputSamples.length - 1;
  const lastGrowth = run.growthSamples.length - 1;
  const finishes: number[] = [];
  for (let trial = 0; trial < run.trials; trial++) {
    let left = run.remaining;
    let finishedIn = Number.POSITIVE_INFINITY;
    for (let p = 1; p <= run.horizon; p++) {
      if (lastGrowth >= 0 && p <= run.growthPeriods) left += run.growthSamples[uniformInt(rng, 0, lastGrowth)] ?? 0;
      left -= run.throughputSamples[uniformInt(rng, 0, lastThroughput)] ?? 0;
      if (left <= 0) {
        finishedIn = p;
        break;
      }
    }
    finishes.push(finishedIn);
  }
  return finishes;
}
