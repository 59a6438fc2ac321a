// Monte Carlo finish forecasts for a version, seeded, and the track record of past forecasts.
export { DEFAULT_HORIZON, DEFAULT_TRIALS, forecastInputSchema, type ForecastInput } from './forecast-input';
export { forecastFinish, type FinishForecast, type ForecastPoint } from './finish-forecast';
export { nearestRank } from './percentile';
export { forecastTrackRecord, type ForecastTrackRecord, type PastForecast, type TrackedForecast, type TrackOutcome } from './track-record';
