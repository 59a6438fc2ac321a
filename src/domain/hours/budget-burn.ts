import { fail, ok, type Result } from '../criteria/result';
import {
  addDaysToDate,
  addIsoWeeks,
  isoWeekOf,
  isoWeekOfDate,
  localDateOf,
  parseIsoWeek,
  validLocalDate,
  validTimeZone,
  weekRange,
  type IsoWeek,
  type LocalDate,
} from '../weeks';
import { hoursOf } from './worklog';

/** A project's hour budget over a period; `weeklyPlanHours` ("2026-W48" -> hours) replaces the linear plan. */
export interface HourBudget {
  readonly totalHours: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly weeklyPlanHours?: Readonly<Record<string, number>>;
}

/** Logged time per week; several rows for one week (one per person, as hoursByPersonWeek gives) are summed. */
export interface WeeklyActual {
  readonly week: string;
  readonly seconds: number;
}

export interface BudgetWeek extends IsoWeek {
  readonly plannedHours: number;
  /** Null for a week that has not begun and has nothing logged. */
  readonly actualHours: number | null;
  readonly cumulativePlannedHours: number;
  readonly cumulativeActualHours: number | null;
  /** The week is over (before the current week): only complete weeks measure the burn rate. */
  readonly complete: boolean;
}

export interface BurnRate {
  readonly meanHoursPerWeek: number;
  /** The complete weeks the mean is over (up to the last 4). */
  readonly weeks: readonly string[];
}

export interface BudgetBurn {
  readonly totalHours: number;
  readonly today: LocalDate;
  readonly currentWeek: string;
  readonly plan: 'linear' | 'weekly';
  readonly weeks: readonly BudgetWeek[];
  readonly usedHours: number;
  /** Negative when the budget is overrun. */
  readonly remainingHours: number;
  /** Used hours as a percentage of the budget, 1 decimal. */
  readonly percentUsed: number;
  readonly burnRate: BurnRate | null;
  /** The day the budget runs out at the current burn rate; null when nothing burns. */
  readonly runsOutOn: LocalDate | null;
  /** The budget is already used up; `runsOutOn` is then the Sunday of the week it ran out. */
  readonly exhausted: boolean;
  /** Cumulative actual hours above cumulative plan, both through the last complete week. */
  readonly aheadOfPlan: boolean;
  readonly plannedThroughLastCompleteWeek: number;
  readonly actualThroughLastCompleteWeek: number;
}

export type BudgetError = 'invalid_budget' | 'invalid_date' | 'invalid_week' | 'invalid_range' | 'invalid_time_zone' | 'invalid_instant';

/** How many complete weeks the burn rate averages. */
export const BURN_RATE_WEEKS = 4;

const SECONDS_PER_HOUR = 3_600;

/**
 * The budget week by week: plan, actual, both cumulative, what is left, and when it runs out at the
 * current burn. The linear plan spreads the hours over the working days (Monday to Friday) from `start` to
 * `end`, so a period ending on a Friday plans full weeks; a period of weekend days only spreads them over its
 * calendar days. The rows run from the earliest to the latest of the period's weeks, the logged weeks and
 * the planned weeks.
 */
export function budgetBurn(
  budget: HourBudget,
  weeklyActuals: readonly WeeklyActual[],
  nowMs: number,
  timeZone?: string,
): Result<BudgetBurn, BudgetError> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  const checked = validBudget(budget);
  if (!checked.ok) return checked;
  const actuals = sumActuals(weeklyActuals);
  if (!actuals.ok) return actuals;
  const todayResult = localDateOf(nowMs, zone.value);
  if (!todayResult.ok) return todayResult;
  const current = isoWeekOf(nowMs, zone.value);
  if (!current.ok) return current;
  const today = todayResult.value;
  const currentWeek = current.value.week;

  const startWeek = isoWeekOfDate(budget.start);
  if (!startWeek.ok) return startWeek;
  const endWeek = isoWeekOfDate(budget.end);
  if (!endWeek.ok) return endWeek;
  // Logged or planned weeks outside the period widen the rows, so that no hour is left out.
  const labels = [startWeek.value.week, endWeek.value.week, ...actuals.value.keys(), ...Object.keys(budget.weeklyPlanHours ?? {})].sort();
  const span = weekRange(labels[0] ?? startWeek.value.week, labels.at(-1) ?? endWeek.value.week);
  if (!span.ok) return span;

  const planned = budget.weeklyPlanHours === undefined ? linearPlan(budget, span.value) : weeklyPlan(budget.weeklyPlanHours);
  const weeks: BudgetWeek[] = [];
  let cumulativePlanned = 0;
  let cumulativeSeconds = 0;
  let exhaustedIn: IsoWeek | null = null;
  for (const week of span.value) {
    const plannedHours = planned.get(week.week) ?? 0;
    cumulativePlanned += plannedHours;
    const seconds = actuals.value.get(week.week);
    const begun = week.week <= currentWeek;
    if (seconds !== undefined) cumulativeSeconds += seconds;
    if (exhaustedIn === null && cumulativeSeconds / SECONDS_PER_HOUR >= budget.totalHours) exhaustedIn = week;
    weeks.push({
      ...week,
      plannedHours: round2(plannedHours),
      actualHours: begun || seconds !== undefined ? hoursOf(seconds ?? 0) : null,
      cumulativePlannedHours: round2(cumulativePlanned),
      cumulativeActualHours: begun || seconds !== undefined ? hoursOf(cumulativeSeconds) : null,
      complete: week.week < currentWeek,
    });
  }

  const usedSeconds = [...actuals.value.values()].reduce((sum, s) => sum + s, 0);
  const usedHours = hoursOf(usedSeconds);
  const remainingHours = round2(budget.totalHours - usedSeconds / SECONDS_PER_HOUR);
  const burn = recentBurn(weeks, currentWeek, actuals.value);
  const completeWeeks = weeks.filter((w) => w.complete);
  const lastComplete = completeWeeks.at(-1);
  const plannedThroughLastCompleteWeek = lastComplete?.cumulativePlannedHours ?? 0;
  const actualThroughLastCompleteWeek = lastComplete?.cumulativeActualHours ?? 0;

  let runsOutOn: LocalDate | null = null;
  if (exhaustedIn !== null) runsOutOn = exhaustedIn.end;
  else if (burn !== null) runsOutOn = addDaysToDate(today, Math.ceil((remainingHours / burn.hoursPerWeek) * 7));

  return ok({
    totalHours: budget.totalHours,
    today,
    currentWeek,
    plan: budget.weeklyPlanHours === undefined ? 'linear' : 'weekly',
    weeks,
    usedHours,
    remainingHours,
    percentUsed: Math.round((usedSeconds / SECONDS_PER_HOUR / budget.totalHours) * 1_000) / 10,
    burnRate: burn === null ? null : { meanHoursPerWeek: round2(burn.hoursPerWeek), weeks: burn.weeks },
    runsOutOn,
    exhausted: exhaustedIn !== null,
    aheadOfPlan: lastComplete !== undefined && actualThroughLastCompleteWeek > plannedThroughLastCompleteWeek,
    plannedThroughLastCompleteWeek,
    actualThroughLastCompleteWeek,
  });
}

function validBudget(budget: HourBudget): Result<HourBudget, BudgetError> {
  if (typeof budget.totalHours !== 'number' || !Number.isFinite(budget.totalHours) || budget.totalHours <= 0) {
    return fail('invalid_budget', `The hour budget must be a number of hours above 0; got ${String(budget.totalHours)}.`);
  }
  const start = validLocalDate(budget.start, 'The budget start');
  if (!start.ok) return start;
  const end = validLocalDate(budget.end, 'The budget end');
  if (!end.ok) return end;
  if (end.value < start.value) return fail('invalid_range', `The budget ends (${end.value}) before it starts (${start.value}).`);
  for (const [week, hours] of Object.entries(budget.weeklyPlanHours ?? {})) {
    const label = parseIsoWeek(week);
    if (!label.ok) return label;
    if (!Number.isFinite(hours) || hours < 0) return fail('invalid_budget', `The plan for ${week} must be 0 or more hours; got ${String(hours)}.`);
  }
  return ok(budget);
}

function sumActuals(actuals: readonly WeeklyActual[]): Result<Map<string, number>, 'invalid_week' | 'invalid_budget'> {
  const sums = new Map<string, number>();
  for (const actual of actuals) {
    const label = parseIsoWeek(actual.week);
    if (!label.ok) return label;
    if (!Number.isFinite(actual.seconds) || actual.seconds < 0) {
      return fail('invalid_budget', `Logged time for ${actual.week} must be 0 or more seconds; got ${String(actual.seconds)}.`);
    }
    sums.set(actual.week, (sums.get(actual.week) ?? 0) + actual.seconds);
  }
  return ok(sums);
}

function linearPlan(budget: HourBudget, weeks: readonly IsoWeek[]): Map<string, number> {
  const days = new Map<string, { working: number; calendar: number }>();
  let working = 0;
  let calendar = 0;
  for (const week of weeks) {
    let w = 0;
    let c = 0;
    for (let i = 0; i < 7; i++) {
      const day = addDaysToDate(week.start, i);
      if (day < budget.start || day > budget.end) continue;
      c++;
      if (i < 5) w++;
    }
    days.set(week.week, { working: w, calendar: c });
    working += w;
    calendar += c;
  }
  const byWorkingDays = working > 0;
  const perDay = budget.totalHours / (byWorkingDays ? working : calendar);
  return new Map([...days.entries()].map(([week, d]) => [week, (byWorkingDays ? d.working : d.calendar) * perDay]));
}

function weeklyPlan(plan: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(plan));
}

/** The mean over the last complete weeks, unrounded (the run-out date is computed from it). */
function recentBurn(
  weeks: readonly BudgetWeek[],
  currentWeek: string,
  actuals: ReadonlyMap<string, number>,
): { hoursPerWeek: number; weeks: string[] } | null {
  const labels: string[] = [];
  for (let back = 1; back <= BURN_RATE_WEEKS; back++) {
    const week = addIsoWeeks(currentWeek, -back);
    if (!week.ok) break;
    // Weeks before the first row (before the budget started and before anything was logged) do not count.
    if (weeks.length === 0 || week.value.week < (weeks[0]?.week ?? '')) break;
    labels.unshift(week.value.week);
  }
  if (labels.length === 0) return null;
  const seconds = labels.reduce((sum, week) => sum + (actuals.get(week) ?? 0), 0);
  if (seconds <= 0) return null;
  return { hoursPerWeek: seconds / SECONDS_PER_HOUR / labels.length, weeks: labels };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
