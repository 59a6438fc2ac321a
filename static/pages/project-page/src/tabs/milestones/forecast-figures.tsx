/** P50, P85 and P95 finish dates as tiles, how far away each is, and the chance of making the release date. */
import { Inline } from '@atlaskit/primitives';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import { daysBetween, formatDay, relativeDays } from '../../common/calendar-dates';
import type { MilestoneView } from '../../project-page-api';
import { forecastDate, PERCENTILE_WORDS, type Percentile } from './forecast-words';

const PERCENTILES: readonly Percentile[] = ['p50', 'p85', 'p95'];

interface Props {
  version: MilestoneView;
  today: string;
  trials: number;
}

export function ForecastFigures({ version, today, trials }: Props) {
  const forecast = version.forecast;
  if (!forecast) return null;
  const chance = forecast.probabilityByRelease;
  return (
    <Inline space="space.150" shouldWrap testId="forecast-figures">
      {PERCENTILES.map((p) => {
        const point = forecast[p];
        const words = PERCENTILE_WORDS[p];
        return (
          <StatTile
            key={p}
            label={`${words.label} · ${words.meaning}`}
            value={forecastDate(version, p)}
            detail={point ? relativeDays(daysBetween(today, point.date)) : 'beyond the forecast horizon'}
            testId={`forecast-${p}`}
          />
        );
      })}
      {version.releaseDate !== null && chance !== null && (
        <StatTile
          label={`Done by ${formatDay(version.releaseDate, false)}`}
          value={chance > 0 && chance < 0.01 ? '< 1%' : `${Math.round(chance * 100)}%`}
          detail={`of ${trials.toLocaleString('en')} simulated futures`}
          testId="forecast-chance"
        />
      )}
    </Inline>
  );
}
