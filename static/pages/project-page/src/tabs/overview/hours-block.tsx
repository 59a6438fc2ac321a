/** "Hours & budget": last week's hours and, with a budget, how much is used, when it runs out and any warning. */
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import { formatDay } from '../../common/calendar-dates';
import { formatHours, hoursText } from '../../common/format-hours';
import { shortWeek, weekDates } from '../../common/week-label';
import type { OverviewView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';
import { ProgressMeter } from './progress-meter';

function runsOut(budget: NonNullable<OverviewView['hours']['budget']>): string {
  if (budget.remainingHours < 0) return `Overrun by ${hoursText(-budget.remainingHours)}; the period ends ${formatDay(budget.end)}.`;
  if (budget.runsOutOn === null) return `${hoursText(budget.remainingHours)} left; nothing burned recently. The period ends ${formatDay(budget.end)}.`;
  const when = budget.runsOutOn < budget.end ? `before the period ends on ${formatDay(budget.end)}` : `after the period ends on ${formatDay(budget.end)}`;
  return `${hoursText(budget.remainingHours)} left: at the current burn it runs out on ${formatDay(budget.runsOutOn)}, ${when}.`;
}

export function HoursBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  const { lastWeek, lastWeekHours, budget } = view.hours;
  return (
    <OverviewBlock id="hours" title="Hours & budget" tab="hours" linkText="Open Hours & budget" openTab={openTab}>
      <Inline space="space.150" shouldWrap>
        <StatTile label="Last week" value={hoursText(lastWeekHours)} detail={lastWeek ? `${shortWeek(lastWeek)}, ${weekDates(lastWeek)}` : undefined} testId="overview-last-week-hours" />
        {budget && <StatTile label="Budget used" value={`${budget.percentUsed} %`} detail={`${formatHours(budget.usedHours)} of ${hoursText(budget.totalHours)}`} testId="overview-budget-used" />}
      </Inline>
      {budget ? (
        <Stack space="space.100">
          <ProgressMeter
            done={budget.usedHours}
            total={budget.totalHours}
            tone={budget.remainingHours < 0 ? 'danger' : budget.aheadOfWork ? 'warning' : 'brand'}
            label={`${budget.percentUsed} % of the hour budget used`}
            testId="overview-budget-meter"
          />
          <Text size="small" color="color.text.subtle" testId="overview-budget-runs-out">
            {runsOut(budget)}
          </Text>
          {budget.aheadOfWork && (
            <Text size="small" color="color.text.warning" testId="overview-ahead-of-work">
              Hours are burning ahead of the work: {budget.aheadOfWork.percentUsed} % of the budget used, {budget.aheadOfWork.percentDone} % of the work done.
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="small" color="color.text.subtle" testId="overview-no-budget">
          No hour budget is set. A project admin sets it in Project settings → Apps → Accord.
        </Text>
      )}
    </OverviewBlock>
  );
}
