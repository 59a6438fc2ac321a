/** The forecasts kept week by week: P50, P85 and P95 dates per week, against the release date. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dayOfNumber, formatDay } from '../../common/calendar-dates';
import { AXIS_TICK, CHART, TOOLTIP_STYLE } from '../../charts/chart-colours';
import { PERCENTILE_COLOURS } from './percentile-colours';

export interface HistoryPoint {
  week: string;
  p50: number | null;
  p85: number | null;
  p95: number | null;
}

interface Props {
  points: readonly HistoryPoint[];
  /** The release date as a day number, drawn as a line; null without one. */
  release: number | null;
}

const asDay = (n: number) => formatDay(dayOfNumber(n), false);

export default function ForecastHistoryChart({ points, release }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...points]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={CHART.grid} />
        <XAxis dataKey="week" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} padding={{ left: 16, right: 16 }} />
        <YAxis tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} width={56} domain={['dataMin - 14', 'dataMax + 14']} tickFormatter={asDay} allowDecimals={false} />
        <Tooltip {...TOOLTIP_STYLE} formatter={(value, name) => [typeof value === 'number' ? formatDay(dayOfNumber(value)) : '—', name]} />
        {release !== null && <ReferenceLine y={release} stroke={CHART.plan} strokeDasharray="4 4" ifOverflow="extendDomain" label={{ value: 'Release', position: 'insideTopLeft', fill: CHART.text, fontSize: 12 }} />}
        <Line dataKey="p50" name="P50" stroke={PERCENTILE_COLOURS.p50} strokeWidth={2} dot={{ r: 3, fill: PERCENTILE_COLOURS.p50 }} connectNulls isAnimationActive={false} />
        <Line dataKey="p85" name="P85" stroke={PERCENTILE_COLOURS.p85} strokeWidth={2} dot={{ r: 3, fill: PERCENTILE_COLOURS.p85 }} connectNulls isAnimationActive={false} />
        <Line dataKey="p95" name="P95" stroke={PERCENTILE_COLOURS.p95} strokeWidth={2} dot={{ r: 3, fill: PERCENTILE_COLOURS.p95 }} connectNulls isAnimationActive={false} />
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, color: CHART.text }} />
      </LineChart>
    </ResponsiveContainer>
  );
}
