/**
 * Cumulative hours planned against logged, week by week, with the budget as a line across and the burn
 * projected at the current rate: where the projection crosses the budget is the week the money runs out.
 * Loaded lazily (recharts is its own chunk); the same numbers are in the table below it.
 */
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART, TOOLTIP_STYLE } from '../../charts/chart-colours';
import { formatHours } from '../../common/format-hours';
import { shortWeek } from '../../common/week-label';
import type { BudgetPoint } from './budget-series';

interface Props {
  points: BudgetPoint[];
  totalHours: number;
  currentWeek: string;
}

const legendText = (value: string) => <span style={{ color: CHART.text, fontSize: 12 }}>{value}</span>;
const hoursValue = (value: unknown) => (typeof value === 'number' ? `${formatHours(value)} h` : '—');

export default function BudgetBurnChart({ points, totalHours, currentWeek }: Props) {
  const top = Math.max(totalHours, ...points.map((p) => Math.max(p.planned, p.actual ?? 0, p.projected ?? 0)));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 16, right: 24, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={(week: string) => shortWeek(week)} tick={AXIS_TICK} stroke={CHART.grid} minTickGap={12} />
        <YAxis tick={AXIS_TICK} stroke={CHART.grid} domain={[0, Math.ceil(top * 1.05)]} tickFormatter={(v: number) => formatHours(v)} width={56} />
        <Tooltip {...TOOLTIP_STYLE} formatter={hoursValue} labelFormatter={(week) => String(week)} />
        <Legend formatter={legendText} itemSorter="dataKey" />
        <ReferenceLine y={totalHours} stroke={CHART.bad} strokeDasharray="6 4" label={{ value: `Budget ${formatHours(totalHours)} h`, position: 'insideTopLeft', fill: CHART.text, fontSize: 12 }} />
        <ReferenceLine x={currentWeek} stroke={CHART.axis} strokeDasharray="2 3" label={{ value: 'This week', position: 'insideTopRight', fill: CHART.text, fontSize: 12 }} />
        <Line type="monotone" dataKey="planned" name="Planned (cumulative)" stroke={CHART.plan} strokeWidth={2} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="actual" name="Logged (cumulative)" stroke={CHART.actual} strokeWidth={3} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="projected" name="At the current burn" stroke={CHART.added} strokeWidth={2} strokeDasharray="2 3" dot={false} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
