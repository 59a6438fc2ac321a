/** Exposure (the sum of live risks' scores) week by week, before and after the responses; oldest week left. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART, TOOLTIP_STYLE } from '../../../charts/chart-colours';

export interface ExposurePoint {
  week: string;
  exposure: number;
  residualExposure: number;
}

export default function ExposureChart({ points }: { points: readonly ExposurePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...points]} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={CHART.grid} />
        <XAxis dataKey="week" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} />
        <YAxis tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} width={36} allowDecimals={false} />
        <Tooltip {...TOOLTIP_STYLE} />
        <Line dataKey="exposure" name="Inherent" stroke={CHART.bad} strokeWidth={2} dot={{ r: 3, fill: CHART.bad }} isAnimationActive={false} />
        <Line dataKey="residualExposure" name="Residual" stroke={CHART.actual} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3, fill: CHART.actual }} isAnimationActive={false} />
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, color: CHART.text }} />
      </LineChart>
    </ResponsiveContainer>
  );
}
