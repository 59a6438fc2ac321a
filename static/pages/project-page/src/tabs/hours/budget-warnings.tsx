/**
 * What a project manager must act on about the budget, in sentences: burning ahead of the work done,
 * running out before the period ends, already overrun. Nothing when the budget is on course.
 */
import { Stack } from '@atlaskit/primitives';
import { Notice } from '../../../../../shared/ui/notice';
import { daysBetween, formatDay } from '../../common/calendar-dates';
import { hoursText } from '../../common/format-hours';
import type { HoursView } from '../../project-page-api';

type Budget = NonNullable<HoursView['budget']>;

function weeksEarly(runsOutOn: string, end: string): string {
  const days = daysBetween(runsOutOn, end);
  const weeks = Math.floor(days / 7);
  return weeks >= 1 ? `${weeks} week${weeks === 1 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`;
}

export function BudgetWarnings({ budget }: { budget: Budget }) {
  const overrun = budget.remainingHours < 0;
  const early = !overrun && budget.runsOutOn !== null && budget.runsOutOn < budget.end;
  const ahead = budget.aheadOfWork;
  if (!overrun && !early && !ahead) return null;
  return (
    <Stack space="space.100">
      {overrun && (
        <Notice appearance="error" title={`The budget is overrun by ${hoursText(-budget.remainingHours)}`} testId="budget-overrun">
          <p>
            {hoursText(budget.usedHours)} are logged against a budget of {hoursText(budget.totalHours)} ({budget.percentUsed} %).
          </p>
        </Notice>
      )}
      {early && budget.runsOutOn && (
        <Notice appearance="warning" title={`At the current burn the budget runs out on ${formatDay(budget.runsOutOn)}`} testId="budget-runs-out">
          <p>
            {budget.burnPerWeek === null ? 'At the recent burn' : `At ${hoursText(budget.burnPerWeek)} a week (the mean of the last complete weeks)`}, the
            remaining {hoursText(budget.remainingHours)} last until {formatDay(budget.runsOutOn)}: {weeksEarly(budget.runsOutOn, budget.end)} before the budget period
            ends on {formatDay(budget.end)}.
          </p>
        </Notice>
      )}
      {ahead && (
        <Notice appearance="warning" title="Hours are burning ahead of the work done" testId="budget-ahead-of-work">
          <p>
            {ahead.percentUsed} % of the budget is used, but only {ahead.percentDone} % of the project&apos;s estimated work is done. At this ratio the budget is spent
            before the work is finished.
          </p>
        </Notice>
      )}
    </Stack>
  );
}
