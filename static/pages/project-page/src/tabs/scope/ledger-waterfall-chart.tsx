/**
 * The ledger as a waterfall: committed, + added, − removed, ± re-estimated, and where the sprint ended
 * (completed and not completed stacked). Drawn as stacked bars on an invisible base.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART, categorical } from '../../charts/chart-colours';
import { formatAmount, signed, type Waterfall, type WaterfallBar } from './ledger-steps';

const STEP_COLOUR: Readonly<Record<WaterfallBar['part'], string>> = {
  committed: CHART.plan,
  added: CHART.added,
  removed: CHART.removed,
  reEstimated: categorical(2),
};

interface Row {
  label: string;
  base: number;
  size: number;
  colour: string;
  text?: string;
  completed?: number;
  notCompleted?: number;
  endText?: string;
}

interface Props {
  waterfall: Waterfall;
  /** The sprint is still running: what is not completed yet is open, not missed. */
  active: boolean;
}

export default function LedgerWaterfallChart({ waterfall, active }: Props) {
  const rows: Row[] = [
    ...waterfall.steps.map((step) => ({ label: step.label, base: step.base, size: step.size, colour: STEP_COLOUR[step.part], text: step.part === 'committed' ? formatAmount(step.size) : signed(step.change) })),
    {
      label: active ? 'Now' : 'At the end',
      base: 0,
      size: 0,
      colour: CHART.actual,
      completed: waterfall.end.completed,
      notCompleted: waterfall.end.notCompleted,
      endText: `${formatAmount(waterfall.end.completed)} + ${formatAmount(waterfall.end.notCompleted)}`,
    },
  ];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 24, right: 8, bottom: 0, left: 0 }} barCategoryGap="20%">
        <CartesianGrid vertical={false} stroke={CHART.grid} />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} interval={0} />
        <YAxis tick={AXIS_TICK} stroke={CHART.grid} tickLine={false} width={36} allowDecimals={false} />
        <Bar dataKey="base" stackId="ledger" fill="transparent" legendType="none" isAnimationActive={false} />
        <Bar dataKey="size" stackId="ledger" legendType="none" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.label} fill={row.colour} />
          ))}
          <LabelList dataKey="text" position="top" fill={CHART.text} fontSize={12} />
        </Bar>
        <Bar dataKey="completed" name="Completed" stackId="ledger" fill={CHART.actual} isAnimationActive={false} />
        <Bar dataKey="notCompleted" name={active ? 'Not completed yet' : 'Not completed'} stackId="ledger" fill={active ? CHART.plan : CHART.bad} isAnimationActive={false}>
          <LabelList dataKey="endText" position="top" fill={CHART.text} fontSize={12} />
        </Bar>
        <Legend verticalAlign="bottom" iconType="square" wrapperStyle={{ fontSize: 12, color: CHART.text }} />
      </BarChart>
    </ResponsiveContainer>
  );
}
