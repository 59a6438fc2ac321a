/**
 * Hours per week stacked by person: how the team's time is spread and where a week dipped. Loaded lazily;
 * the person × week table below holds the same numbers.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART, TOOLTIP_STYLE, categorical } from '../../charts/chart-colours';
import { formatHours } from '../../common/format-hours';
import { shortWeek } from '../../common/week-label';
import type { PersonWeekGrid } from './person-week-grid';

const legendText = (value: string) => <span style={{ color: CHART.text, fontSize: 12 }}>{value}</span>;
const hoursValue = (value: unknown) => (typeof value === 'number' ? `${formatHours(value)} h` : '—');

export default function HoursByPersonChart({ grid }: { grid: PersonWeekGrid }) {
  const data = grid.weeks.map((week, i) => ({ week, ...Object.fromEntries(grid.rows.map((row) => [row.accountId, row.cells[i] ?? 0])) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={(week: string) => shortWeek(week)} tick={AXIS_TICK} stroke={CHART.grid} />
        <YAxis tick={AXIS_TICK} stroke={CHART.grid} tickFormatter={(v: number) => formatHours(v)} width={48} />
        <Tooltip {...TOOLTIP_STYLE} formatter={hoursValue} cursor={{ fill: CHART.grid, fillOpacity: 0.3 }} />
        <Legend formatter={legendText} />
        {grid.rows.map((row, i) => (
          <Bar key={row.accountId} dataKey={row.accountId} name={row.displayName} stackId="hours" fill={categorical(i)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
