/**
 * The versions on one time line: today, each version's release date, and its P50, P85 and P95 finish dates
 * joined by a band, one row per version. Dates are day numbers on the x axis.
 */
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps, type TooltipValueType } from 'recharts';
import { dayOfNumber, formatDay, formatMonth } from '../../common/calendar-dates';
import { AXIS_TICK, CHART, TOOLTIP_STYLE } from '../../charts/chart-colours';
import { PERCENTILE_COLOURS } from './percentile-colours';
import type { TimelineScale } from './timeline-ticks';

export interface TimelineRow {
  name: string;
  atRisk: boolean;
  release: number | null;
  p50: number | null;
  p85: number | null;
  p95: number | null;
}

interface Marker {
  x: number;
  y: number;
  version: string;
  what: string;
}

interface Props {
  rows: readonly TimelineRow[];
  today: number;
  scale: TimelineScale;
}

function markers(rows: readonly TimelineRow[], key: 'release' | 'p50' | 'p85' | 'p95', what: string): Marker[] {
  return rows.flatMap((row, y) => {
    const x = row[key];
    return x === null ? [] : [{ x, y, version: row.name, what }];
  });
}

function MarkerTooltip({ active, payload }: TooltipContentProps<TooltipValueType, number | string>) {
  const marker = payload[0]?.payload as Marker | undefined;
  if (!active || !marker) return null;
  return (
    <div style={TOOLTIP_STYLE.contentStyle}>
      <div style={{ ...TOOLTIP_STYLE.labelStyle, padding: '4px 8px 0' }}>{marker.version}</div>
      <div style={{ padding: '0 8px 4px' }}>
        {marker.what}: {formatDay(dayOfNumber(marker.x))}
      </div>
    </div>
  );
}

export default function MilestoneTimelineChart({ rows, today, scale }: Props) {
  const names = rows.map((r) => r.name);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke={CHART.grid} />
        <XAxis type="number" dataKey="x" domain={[scale.from, scale.to]} ticks={scale.ticks} tickFormatter={(d: number) => formatMonth(dayOfNumber(d))} tick={AXIS_TICK} stroke={CHART.grid} allowDataOverflow />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, rows.length - 0.5]}
          ticks={rows.map((_, i) => i)}
          tickFormatter={(i: number) => names[i] ?? ''}
          reversed
          width={96}
          tick={AXIS_TICK}
          stroke={CHART.grid}
          tickLine={false}
        />
        {rows.map((row, y) =>
          row.p50 !== null ? (
            <ReferenceLine key={`band-${row.name}`} segment={[{ x: row.p50, y }, { x: row.p95 ?? scale.to, y }]} stroke={PERCENTILE_COLOURS.p85} strokeOpacity={0.3} strokeWidth={8} />
          ) : null,
        )}
        {rows.map((row, y) =>
          row.release !== null ? (
            <ReferenceLine key={`release-${row.name}`} segment={[{ x: row.release, y: y - 0.32 }, { x: row.release, y: y + 0.32 }]} stroke={row.atRisk ? CHART.bad : CHART.plan} strokeWidth={3} />
          ) : null,
        )}
        <ReferenceLine x={today} stroke={CHART.axis} strokeDasharray="4 4" label={{ value: 'Today', position: 'top', fill: CHART.text, fontSize: 12 }} />
        <Tooltip content={MarkerTooltip} cursor={false} />
        <Scatter name="Release date" data={markers(rows, 'release', 'Release date')} fill={CHART.plan} shape="square" isAnimationActive={false} />
        <Scatter name="P50 · as likely as not" data={markers(rows, 'p50', 'P50 (as likely as not)')} fill={PERCENTILE_COLOURS.p50} shape="circle" isAnimationActive={false} />
        <Scatter name="P85 · commit to" data={markers(rows, 'p85', 'P85 (the date to commit to)')} fill={PERCENTILE_COLOURS.p85} shape="diamond" isAnimationActive={false} />
        <Scatter name="P95 · nearly certain" data={markers(rows, 'p95', 'P95 (nearly certain)')} fill={PERCENTILE_COLOURS.p95} shape="triangle" isAnimationActive={false} />
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, color: CHART.text }} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
