/**
 * "Budget": the project's hour budget against what is logged: figures, warnings, the cumulative burn chart
 * (lazy) with its numbers in a table beside it. Without a budget, where to set one.
 */
import { lazy } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { ChartFrame } from '../../charts/chart-frame';
import { formatDay } from '../../common/calendar-dates';
import { hoursText } from '../../common/format-hours';
import { shortWeek } from '../../common/week-label';
import type { HoursView } from '../../project-page-api';
import { BudgetFigures } from './budget-figures';
import { budgetSeries } from './budget-series';
import { BudgetWarnings } from './budget-warnings';
import { BudgetWeeksTable } from './budget-weeks-table';
import { NoBudgetNotice } from './no-budget-notice';

const BudgetBurnChart = lazy(() => import('./budget-burn-chart'));

type Budget = NonNullable<HoursView['budget']>;

const chartColumn = xcss({ flexGrow: 1, flexBasis: '32rem', minWidth: '0' });
const tableColumn = xcss({ flexGrow: 1, flexBasis: '30rem', minWidth: '0' });

function chartSummary(budget: Budget, currentWeek: string): string {
  const last = [...budget.weeks].reverse().find((w) => w.week < currentWeek && w.cumulativeActualHours !== null);
  const sofar = last
    ? `By the end of ${shortWeek(last.week)}, ${hoursText(last.cumulativeActualHours ?? 0)} were logged against ${hoursText(last.cumulativePlannedHours)} planned.`
    : 'No complete week is logged yet.';
  const outlook = budget.runsOutOn ? ` At the current burn the budget of ${hoursText(budget.totalHours)} runs out on ${formatDay(budget.runsOutOn)}.` : '';
  return `${sofar}${outlook}`;
}

export function BudgetSection({ view }: { view: HoursView }) {
  const budget = view.budget;
  return (
    <Box as="section" aria-labelledby="budget-heading" testId="budget-section">
      <Stack space="space.200">
        <Heading size="small" as="h2" id="budget-heading">
          Budget
        </Heading>
        {budget === null ? (
          <NoBudgetNotice />
        ) : (
          <>
            <BudgetWarnings budget={budget} />
            <BudgetFigures budget={budget} />
            <Inline space="space.300" shouldWrap alignBlock="start">
              <Box xcss={chartColumn}>
                <ChartFrame title="Cumulative hours: planned, logged and at the current burn" summary={chartSummary(budget, view.currentWeek)} height={320} testId="budget-chart">
                  <BudgetBurnChart points={budgetSeries(budget, view.currentWeek)} totalHours={budget.totalHours} currentWeek={view.currentWeek} />
                </ChartFrame>
              </Box>
              <Box xcss={tableColumn}>
                <BudgetWeeksTable budget={budget} currentWeek={view.currentWeek} />
              </Box>
            </Inline>
            <Text size="small" color="color.text.subtlest">
              {budget.plan === 'weekly'
                ? 'The plan is set week by week in the project settings; weeks it does not list plan no hours.'
                : `The plan spreads the budget evenly over the working days (Monday to Friday) from ${formatDay(budget.start)} to ${formatDay(budget.end)}.`}{' '}
              Hours logged to date are in bold where they run above the plan.
            </Text>
          </>
        )}
      </Stack>
    </Box>
  );
}
