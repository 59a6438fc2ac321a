/** The budget in five figures (budget, used, remaining, burn per week, runs out) and one bar of used against left. */
import { Inline, Stack } from '@atlaskit/primitives';
import { SegmentedBar } from '../../../../../shared/ui/segmented-bar';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import { formatDay } from '../../common/calendar-dates';
import { formatHours, hoursText } from '../../common/format-hours';
import type { HoursView } from '../../project-page-api';

type Budget = NonNullable<HoursView['budget']>;

function runsOutDetail(budget: Budget): string {
  if (budget.runsOutOn === null) return 'Nothing burned in the last complete weeks';
  if (budget.remainingHours <= 0) return 'Already used up';
  return budget.runsOutOn < budget.end ? 'Before the budget period ends' : 'After the budget period ends';
}

export function BudgetFigures({ budget }: { budget: Budget }) {
  const used = Math.min(budget.usedHours, budget.totalHours);
  return (
    <Stack space="space.150">
      <Inline space="space.150" shouldWrap>
        <StatTile label="Budget" value={hoursText(budget.totalHours)} detail={`${formatDay(budget.start)} – ${formatDay(budget.end)}`} testId="budget-total" />
        <StatTile label="Used" value={hoursText(budget.usedHours)} detail={`${budget.percentUsed} % of the budget`} testId="budget-used" />
        <StatTile
          label={budget.remainingHours < 0 ? 'Overrun' : 'Remaining'}
          value={hoursText(Math.abs(budget.remainingHours))}
          detail={budget.remainingHours < 0 ? 'More than budgeted' : 'Left to spend'}
          testId="budget-remaining"
        />
        <StatTile label="Burn per week" value={budget.burnPerWeek === null ? '—' : hoursText(budget.burnPerWeek)} detail="Mean of the last 4 complete weeks" testId="budget-burn" />
        <StatTile label="Runs out" value={budget.runsOutOn === null ? '—' : formatDay(budget.runsOutOn)} detail={runsOutDetail(budget)} testId="budget-runs-out-on" />
      </Inline>
      <SegmentedBar
        segments={[
          { label: `Used ${formatHours(budget.usedHours)} h`, value: used, tone: budget.remainingHours < 0 ? 'danger' : budget.aheadOfWork ? 'warning' : 'brand' },
          { label: `Remaining ${formatHours(Math.max(0, budget.remainingHours))} h`, value: Math.max(0, budget.remainingHours), tone: 'neutral' },
        ]}
        label={`${formatHours(budget.usedHours)} of ${formatHours(budget.totalHours)} hours used (${budget.percentUsed} %), ${formatHours(budget.remainingHours)} hours remaining`}
        testId="budget-bar"
      />
    </Stack>
  );
}
