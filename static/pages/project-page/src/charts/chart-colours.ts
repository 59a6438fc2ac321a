/**
 * The colours every chart of the page draws with: Atlassian's chart tokens, so light and dark themes and
 * high contrast come from the design system. token() answers a CSS variable, which SVG attributes accept.
 */
import { token } from '@atlaskit/tokens';

export const CHART = {
  /** What was planned or promised: commitment, budget plan, release date. */
  plan: token('color.chart.neutral'),
  /** What happened: completed work, hours logged, exposure today. */
  actual: token('color.chart.brand'),
  added: token('color.chart.warning.bold'),
  removed: token('color.chart.danger'),
  good: token('color.chart.success.bold'),
  bad: token('color.chart.danger.bold'),
  grid: token('color.border'),
  axis: token('color.text.subtlest'),
  text: token('color.text.subtle'),
  surface: token('elevation.surface.overlay'),
} as const;

/** Series colours in order, for one line or bar per person, epic or version. */
export const CATEGORICAL = [
  token('color.chart.categorical.1'),
  token('color.chart.categorical.2'),
  token('color.chart.categorical.3'),
  token('color.chart.categorical.4'),
  token('color.chart.categorical.5'),
  token('color.chart.categorical.6'),
  token('color.chart.categorical.7'),
  token('color.chart.categorical.8'),
] as const;

export function categorical(index: number): string {
  return CATEGORICAL[index % CATEGORICAL.length] ?? CHART.actual;
}

/** Axis and tooltip styling shared by every chart, in the page's typography. */
export const AXIS_TICK = { fill: CHART.axis, fontSize: 12 } as const;
export const TOOLTIP_STYLE = {
  contentStyle: { background: CHART.surface, border: `1px solid ${CHART.grid}`, borderRadius: 4, color: CHART.text, fontSize: 12 },
  labelStyle: { color: CHART.text, fontWeight: 600 },
  itemStyle: { color: CHART.text },
} as const;
