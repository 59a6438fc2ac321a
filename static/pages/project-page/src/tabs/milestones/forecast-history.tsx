/**
 * How the forecast moved week by week (each week's forecast is kept): a small chart of the P50/P85/P95 dates
 * and the same dates in a table, newest week first.
 */
import { lazy } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { dayNumber, formatDay } from '../../common/calendar-dates';
import { ChartFrame } from '../../charts/chart-frame';
import type { MilestoneView } from '../../project-page-api';

const ForecastHistoryChart = lazy(() => import('./forecast-history-chart'));

const layout = xcss({ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: 'space.300', alignItems: 'start' });

const day = (d: string | null) => (d === null ? null : dayNumber(d));
const dateCell = (d: string | null) => (d === null ? <Text color="color.text.subtlest">beyond horizon</Text> : <time dateTime={d}>{formatDay(d)}</time>);

/** How the latest P85 moved against the first kept one, in words. */
function drift(history: MilestoneView['history']): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last || history.length < 2) return history.length === 1 ? `One forecast kept so far (${first?.week ?? ''}); the history grows by one each week.` : 'No forecast kept yet.';
  if (first.p85 === null || last.p85 === null) return `${history.length} weekly forecasts kept.`;
  const moved = dayNumber(last.p85) - dayNumber(first.p85);
  const direction = moved === 0 ? 'has not moved' : moved > 0 ? `moved ${moved} days later` : `moved ${-moved} days earlier`;
  return `${history.length} weekly forecasts kept: since ${first.week} the P85 date ${direction}.`;
}

export function ForecastHistory({ version }: { version: MilestoneView }) {
  const history = version.history;
  if (history.length === 0) return null;
  const points = history.map((h) => ({ week: h.week, p50: day(h.p50), p85: day(h.p85), p95: day(h.p95) }));
  const head: HeadType = {
    cells: [
      { key: 'week', content: 'Week', width: 22 },
      { key: 'p50', content: 'P50', width: 26 },
      { key: 'p85', content: 'P85', width: 26 },
      { key: 'p95', content: 'P95', width: 26 },
    ],
  };
  const rows: RowType[] = [...history].reverse().map((h) => ({
    key: h.week,
    testId: 'history-row',
    cells: [
      { key: 'week', content: h.week },
      { key: 'p50', content: dateCell(h.p50) },
      { key: 'p85', content: dateCell(h.p85) },
      { key: 'p95', content: dateCell(h.p95) },
    ],
  }));
  const summary = drift(history);
  const latest = history.at(-1);
  const latestWords = latest ? ` Latest (${latest.week}): P50 ${latest.p50 ? formatDay(latest.p50) : 'beyond horizon'}, P85 ${latest.p85 ? formatDay(latest.p85) : 'beyond horizon'}, P95 ${latest.p95 ? formatDay(latest.p95) : 'beyond horizon'}.` : '';
  return (
    <Stack space="space.100" testId="forecast-history">
      <Heading size="xsmall" as="h4">
        Forecast history
      </Heading>
      <Text size="small" color="color.text.subtle">
        {summary}
      </Text>
      <Box xcss={layout}>
        <ChartFrame title="P50, P85 and P95 by the week each forecast was made" summary={`${summary}${latestWords}`} height={180} testId="forecast-history-chart">
          <ForecastHistoryChart points={points} release={day(version.releaseDate)} />
        </ChartFrame>
        <DynamicTable label={`${version.name}: forecasts kept week by week`} head={head} rows={rows} rowsPerPage={history.length > 6 ? 6 : undefined} />
      </Box>
    </Stack>
  );
}
