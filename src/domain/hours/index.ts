// Worklogs to hours: per person and ISO week, per epic, and against the project's hour budget.
export { hoursOf, validWorklogs, worklogSchema, type Worklog } from './worklog';
export { hoursByPersonWeek, worklogsInWeeks, type HoursError, type PersonWeekHours, type WeekLabelRange } from './hours-by-person-week';
export { hoursByEpic, NO_EPIC_LABEL, type EpicHours, type EpicLookup, type IssueHours } from './hours-by-epic';
export {
  budgetBurn,
  BURN_RATE_WEEKS,
  type BudgetBurn,
  type BudgetError,
  type BudgetWeek,
  type BurnRate,
  type HourBudget,
  type WeeklyActual,
} from './budget-burn';
