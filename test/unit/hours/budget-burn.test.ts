import { describe, expect, it } from 'vitest';
import { budgetBurn, type BudgetBurn, type HourBudget, type WeeklyActual } from '../../../src/domain/hours';
import type { Result } from '../../../src/domain/criteria/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const H = 3_600;
// 400 hours from Monday 2 November 2026 to Friday 8 January 2027: ten weeks, 50 working days, across 2026-W53.
const budget: HourBudget = { totalHours: 400, start: '2026-11-02', end: '2027-01-08' };
const WEDNESDAY_W48 = Date.parse('2026-11-25T12:00:00Z');
const actuals: WeeklyActual[] = [
  { week: '2026-W45', seconds: 30 * H },
  { week: '2026-W46', seconds: 20 * H },
  { week: '2026-W46', seconds: 30 * H }, // a second person in the same week
  { week: '2026-W47', seconds: 45 * H },
  { week: '2026-W48', seconds: 10 * H },
];

function burn(overrides: Partial<HourBudget> = {}, logged: WeeklyActual[] = actuals, now = WEDNESDAY_W48): BudgetBurn {
  return value(budgetBurn({ ...budget, ...overrides }, logged, now, 'UTC'));
}

describe('budgetBurn: the linear plan', () => {
  it('spreads the hours over working days: 40 a week for ten full weeks', () => {
    const result = burn();
    expect(result.plan).toBe('linear');
    expect(result.weeks.map((w) => w.week)).toEqual([
      '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01',
    ]);
    expect(result.weeks.every((w) => w.plannedHours === 40)).toBe(true);
    expect(result.weeks.at(-1)?.cumulativePlannedHours).toBe(400);
  });

  it('a period starting on a Wednesday plans 3 working days in its first week', () => {
    const result = burn({ totalHours: 80, start: '2026-11-04', end: '2026-11-17' }, []);
    // 3 + 5 + 2 working days = 10, 8 hours each.
    expect(result.weeks.map((w) => [w.week, w.plannedHours])).toEqual([
      ['2026-W45', 24],
      ['2026-W46', 40],
      ['2026-W47', 16],
    ]);
  });

  it('a weekend-only period falls back to calendar days', () => {
    const result = burn({ totalHours: 10, start: '2026-11-07', end: '2026-11-08' }, []);
    expect(result.weeks.map((w) => w.plannedHours)).toEqual([10]);
  });
});

describe('budgetBurn: actuals, what is left and when it runs out', () => {
  it('sums the actuals per week, cumulates them and leaves future weeks empty', () => {
    const result = burn();
    expect(result.weeks.slice(0, 5).map((w) => [w.week, w.actualHours, w.cumulativeActualHours, w.complete])).toEqual([
      ['2026-W45', 30, 30, true],
      ['2026-W46', 50, 80, true],
      ['2026-W47', 45, 125, true],
      ['2026-W48', 10, 135, false],
      ['2026-W49', null, null, false],
    ]);
    expect(result).toMatchObject({ today: '2026-11-25', currentWeek: '2026-W48', usedHours: 135, remainingHours: 265, percentUsed: 33.8 });
  });

  it('burns at the mean of the complete weeks (here the 3 since the start) and runs out when that says', () => {
    const result = burn();
    expect(result.burnRate).toEqual({ meanHoursPerWeek: 41.67, weeks: ['2026-W45', '2026-W46', '2026-W47'] });
    // 265 hours at 125/3 a week = 44.52 days -> 45 days after 25 November.
    expect(result.runsOutOn).toBe('2027-01-09');
    expect(result.exhausted).toBe(false);
  });

  it('uses only the last 4 complete weeks', () => {
    const later = Date.parse('2026-12-16T12:00:00Z'); // W51
    const logged: WeeklyActual[] = ['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50'].map((week, i) => ({
      week,
      seconds: (i < 2 ? 100 : 20) * H,
    }));
    const result = burn({ totalHours: 1_000 }, logged, later);
    expect(result.burnRate).toEqual({ meanHoursPerWeek: 20, weeks: ['2026-W47', '2026-W48', '2026-W49', '2026-W50'] });
  });

  it('runs ahead of plan when the cumulative actual through the last complete week exceeds the plan', () => {
    const result = burn();
    expect(result).toMatchObject({ plannedThroughLastCompleteWeek: 120, actualThroughLastCompleteWeek: 125, aheadOfPlan: true });
    const onPlan = burn({}, [{ week: '2026-W45', seconds: 40 * H }, { week: '2026-W46', seconds: 40 * H }, { week: '2026-W47', seconds: 40 * H }]);
    expect(onPlan.aheadOfPlan).toBe(false);
  });

  it('nothing burnt: no run-out date', () => {
    const result = burn({}, []);
    expect(result).toMatchObject({ burnRate: null, runsOutOn: null, exhausted: false, usedHours: 0, remainingHours: 400, percentUsed: 0 });
  });

  it('in the first week nothing is complete yet: no burn rate, not ahead', () => {
    const result = burn({}, [{ week: '2026-W45', seconds: 60 * H }], Date.parse('2026-11-04T12:00:00Z'));
    expect(result).toMatchObject({ burnRate: null, runsOutOn: null, aheadOfPlan: false, usedHours: 60 });
  });

  it('an overrun budget is exhausted: the run-out date is the end of the week it ran out', () => {
    const result = burn({ totalHours: 100 });
    expect(result).toMatchObject({ exhausted: true, runsOutOn: '2026-11-22', remainingHours: -35, percentUsed: 135 });
  });

  it('hours logged after the period widen the rows with a zero plan', () => {
    const result = burn({ totalHours: 40, start: '2026-11-02', end: '2026-11-06' }, [{ week: '2026-W47', seconds: 5 * H }]);
    expect(result.weeks.map((w) => [w.week, w.plannedHours, w.actualHours])).toEqual([
      ['2026-W45', 40, 0],
      ['2026-W46', 0, 0],
      ['2026-W47', 0, 5],
    ]);
  });

  it('the weeks follow the project zone: Wednesday in UTC can be Thursday in Auckland', () => {
    const lateWednesday = Date.parse('2026-11-25T20:00:00Z');
    expect(value(budgetBurn(budget, [], lateWednesday, 'Pacific/Auckland')).today).toBe('2026-11-26');
    const sundayNight = Date.parse('2026-11-29T20:00:00Z');
    expect(value(budgetBurn(budget, [], sundayNight, 'Pacific/Auckland')).currentWeek).toBe('2026-W49');
  });
});

describe('budgetBurn: a weekly plan', () => {
  it('replaces the linear plan; unplanned weeks plan 0', () => {
    const result = burn({ weeklyPlanHours: { '2026-W45': 10, '2026-W46': 60, '2026-W47': 100 } }, []);
    expect(result.plan).toBe('weekly');
    expect(result.weeks.slice(0, 4).map((w) => [w.week, w.plannedHours, w.cumulativePlannedHours])).toEqual([
      ['2026-W45', 10, 10],
      ['2026-W46', 60, 70],
      ['2026-W47', 100, 170],
      ['2026-W48', 0, 170],
    ]);
  });
});

describe('budgetBurn: refusals', () => {
  const refuse = (b: Partial<HourBudget>, logged: WeeklyActual[] = [], zone = 'UTC'): Result<BudgetBurn> =>
    budgetBurn({ ...budget, ...b }, logged, WEDNESDAY_W48, zone);

  it('a budget of 0 hours or less', () => {
    expect(refuse({ totalHours: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_budget' } });
    expect(refuse({ totalHours: Number.NaN })).toMatchObject({ ok: false, error: { code: 'invalid_budget' } });
  });

  it('bad or reversed dates', () => {
    expect(refuse({ start: '2026-13-01' })).toMatchObject({ ok: false, error: { code: 'invalid_date', message: expect.stringContaining('budget start') } });
    expect(refuse({ start: '2027-01-09' })).toMatchObject({ ok: false, error: { code: 'invalid_range' } });
  });

  it('bad weeks, negative time and an unknown zone', () => {
    expect(refuse({}, [{ week: '2026-48', seconds: 1 }])).toMatchObject({ ok: false, error: { code: 'invalid_week' } });
    expect(refuse({}, [{ week: '2026-W48', seconds: -1 }])).toMatchObject({ ok: false, error: { code: 'invalid_budget' } });
    expect(refuse({ weeklyPlanHours: { '2026-W48': -2 } })).toMatchObject({ ok: false, error: { code: 'invalid_budget' } });
    expect(refuse({}, [], 'Moon/Base')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
  });
});
