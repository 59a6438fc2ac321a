import { z } from 'zod';
import { isLocalDate } from '../weeks';

export const DEFAULT_TRIALS = 10_000;
/** Ten years of periods: far beyond any release plan, small enough to stop a run that cannot finish. */
export const DEFAULT_HORIZON = { week: 520, day: 3_650 } as const;

const localDate = z.string().refine(isLocalDate, { message: 'must be a date written YYYY-MM-DD' });
const amount = z.number().finite().min(0, { message: 'must be 0 or more' });

/**
 * What a finish forecast is computed from. Remaining work and samples are in one unit (items or points);
 * a sample is the work finished (throughput) or added (scope growth) in one period, taken from the
 * project's own recent history. Daily samples should include the days nothing was finished (weekends too):
 * the simulation steps through calendar days.
 */
export const forecastInputSchema = z.strictObject({
  remaining: amount,
  throughputSamples: z.array(amount).min(1, { message: 'needs at least one throughput sample' }).max(1_000),
  growthSamples: z.array(amount).max(1_000).optional(),
  /**
   * How many periods scope keeps growing (default: every period). A release's scope is frozen at some point:
   * the use case passes the periods up to its release date, or as many as its history shows.
   */
  growthPeriods: z.int().min(0).max(10_000).optional(),
  period: z.enum(['week', 'day']),
  /** The first day of the first simulated period. */
  startDate: localDate,
  releaseDate: localDate.nullable().optional(),
  seed: z.int().min(-(2 ** 31)).max(2 ** 31 - 1),
  trials: z.int().min(100).max(200_000).optional(),
  horizonPeriods: z.int().min(1).max(10_000).optional(),
});

export type ForecastInput = z.input<typeof forecastInputSchema>;
