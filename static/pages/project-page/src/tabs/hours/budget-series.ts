/**
 * The budget chart's points, week by week: cumulative plan, cumulative actual (up to the current week) and
 * where the actual goes at the current burn rate. The projection starts from the last complete week (a week
 * still under way would pull it down) and runs to the last week of the budget's rows.
 */
import type { HoursView } from '../../project-page-api';
import { sumHours } from '../../common/format-hours';

type Budget = NonNullable<HoursView['budget']>;

export interface BudgetPoint {
  week: string;
  planned: number;
  actual: number | null;
  projected: number | null;
}

export function budgetSeries(budget: Budget, currentWeek: string): BudgetPoint[] {
  const complete = budget.weeks.filter((w) => w.week < currentWeek && w.cumulativeActualHours !== null);
  const from = complete.at(-1);
  const rate = budget.burnPerWeek;
  let steps = 0;
  return budget.weeks.map((w) => {
    let projected: number | null = null;
    if (from && rate !== null && w.week >= from.week) {
      projected = sumHours([from.cumulativeActualHours ?? 0, Math.round(rate * steps * 100) / 100]);
      steps++;
    }
    return { week: w.week, planned: w.cumulativePlannedHours, actual: w.cumulativeActualHours, projected };
  });
}
