/**
 * Velocity and scope churn per sprint: committed and completed as bars, churn as a line on its own axis;
 * oldest sprint left, newest right, as a sprint report reads.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART, TOOLTIP_STYLE } from '../../charts/chart-colours';

export interface VelocityPoint {
  id: number;
  name: string;
  committed: number;
  completed: number;
  /** Percent; null when nothing was committed. */
  churn: number | null;
}

interface Props {
  points: readonly VelocityPoint[];
  unitLabel: string;
}

export default function VelocityChart({ points, unitLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={[...points]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={2} barCategoryGap="25%">
        <CartesianGrid vertical={false} stroke={CHART.grid} />
        <XAxis dataKey="name" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} interval={0} />
        <YAxis yAxisId="work" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} width={40} allowDecimals={false} />
        <YAxis yAxisId="churn" orientation="right" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} width={44} unit="%" allowDecimals={false} />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: CHART.grid, fillOpacity: 0.3 }}
          formatter={(value, name) => (name === 'Scope churn' ? [`${String(value)}%`, name] : [`${String(value)} ${unitLabel}`, name])}
        />
        <Bar yAxisId="work" dataKey="committed" name="Committed at start" fill={CHART.plan} isAnimationActive={false} />
        <Bar yAxisId="work" dataKey="completed" name="Completed" fill={CHART.actual} isAnimationActive={false} />
        <Line yAxisId="churn" dataKey="churn" name="Scope churn" stroke={CHART.added} strokeWidth={2} dot={{ r: 3, fill: CHART.added }} connectNulls isAnimationActive={false} />
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, color: CHART.text }} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
