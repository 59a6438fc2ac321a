import type { LocalDate } from '../weeks';
import { daysBetween } from '../weeks';

/** A forecast made earlier for the same version: when it was made and its P85 date (null: beyond horizon). */
export interface PastForecast {
  readonly madeOn: LocalDate;
  readonly p85: LocalDate | null;
}

export type TrackOutcome = 'held' | 'missed' | 'pending' | 'no-date';

export interface TrackedForecast extends PastForecast {
  readonly outcome: TrackOutcome;
  /** Days the version finished (or, unfinished, is already) after the P85 date; null unless missed. */
  readonly daysLate: number | null;
}

export interface ForecastTrackRecord {
  readonly forecasts: readonly TrackedForecast[];
  readonly held: number;
  readonly missed: number;
  readonly pending: number;
  /** held / (held + missed), 3 decimals; null before any forecast could be judged. */
  readonly heldRate: number | null;
}

/**
 * How often past P85 dates held: a forecast held when the version finished on or before its P85 date.
 * Unfinished, a forecast whose P85 date is before `today` has already missed; otherwise it is pending.
 * Forecasts made after the finish are left out (they forecast nothing), and so are forecasts without a date.
 */
export function forecastTrackRecord(
  pastForecasts: readonly PastForecast[],
  actualFinish: LocalDate | null,
  today?: LocalDate,
): ForecastTrackRecord {
  const forecasts = pastForecasts
    .filter((f) => actualFinish === null || f.madeOn <= actualFinish)
    .sort((a, b) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : 0))
    .map((f): TrackedForecast => {
      if (f.p85 === null) return { ...f, outcome: 'no-date', daysLate: null };
      if (actualFinish !== null) {
        return actualFinish <= f.p85 ? { ...f, outcome: 'held', daysLate: null } : { ...f, outcome: 'missed', daysLate: daysBetween(f.p85, actualFinish) };
      }
      if (today !== undefined && today > f.p85) return { ...f, outcome: 'missed', daysLate: daysBetween(f.p85, today) };
      return { ...f, outcome: 'pending', daysLate: null };
    });
  const count = (o: TrackOutcome): number => forecasts.filter((f) => f.outcome === o).length;
  const held = count('held');
  const missed = count('missed');
  return {
    forecasts,
    held,
    missed,
    pending: count('pending'),
    heldRate: held + missed === 0 ? null : Math.round((held / (held + missed)) * 1_000) / 1_000,
  };
}
