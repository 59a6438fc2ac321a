/** One colour per forecast percentile, the same on the timeline and the forecast history. */
import { CHART, categorical } from '../../charts/chart-colours';
import type { Percentile } from './forecast-words';

export const PERCENTILE_COLOURS: Readonly<Record<Percentile, string>> = {
  p50: categorical(1),
  p85: CHART.actual,
  p95: categorical(3),
};
