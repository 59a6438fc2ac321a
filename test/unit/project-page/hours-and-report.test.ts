import { describe, expect, it } from 'vitest';
import type { HoursView } from '../../../src/contract/project-page';
import { sumHours } from '../../../static/pages/project-page/src/common/format-hours';
import { budgetSeries } from '../../../static/pages/project-page/src/tabs/hours/budget-series';
import { personWeekCsvRows, personWeekGrid, shownWeeks } from '../../../static/pages/project-page/src/tabs/hours/person-week-grid';
import { defaultWeekRange, weekRangeOptions } from '../../../static/pages/project-page/src/tabs/hours/week-range-options';
import { reportHighlights } from '../../../static/pages/project-page/src/report/report-highlights';
import { reportFileName, weekOptions } from '../../../static/pages/project-page/src/report/week-options';

const people = [
  { accountId: 'a', displayName: 'Aiko' },
  { accountId: 'b', displayName: 'Ben' },
  { accountId: 'c', displayName: 'Cleo' },
];

describe('the person × week table', () => {
  const rows = [
    { week: '2026-W47', accountId: 'a', hours: 10.1 },
    { week: '2026-W48', accountId: 'a', hours: 20.2 },
    { week: '2026-W48', accountId: 'b', hours: 32.5 },
    { week: '2026-W49', accountId: 'b', hours: 0.1 },
    { week: '2026-W49', accountId: 'b', hours: 0.2 },
    { week: '2026-W45', accountId: 'c', hours: 8 },
  ];

  it('puts people with most hours first, fills 0 where nothing was logged, and adds rows and columns to the same total', () => {
    const grid = personWeekGrid({ people, rows }, ['2026-W47', '2026-W48', '2026-W49']);
    expect(grid.rows.map((r) => [r.displayName, r.cells, r.total])).toEqual([
      ['Ben', [0, 32.5, 0.3], 32.8],
      ['Aiko', [10.1, 20.2, 0], 30.3],
    ]);
    expect(grid.weekTotals).toEqual([10.1, 52.7, 0.3]);
    expect(grid.total).toBe(63.1);
    expect(sumHours(grid.rows.map((r) => r.total))).toBe(grid.total);
  });

  it('leaves out weeks outside the span and people without hours in it, and names a person it does not know', () => {
    const grid = personWeekGrid({ people: [], rows }, ['2026-W45']);
    expect(grid.rows).toEqual([{ accountId: 'c', displayName: 'Former user', cells: [8], total: 8 }]);
  });

  it('shows the last weeks of the chosen span, and a quarter by default when there are more', () => {
    const weeks = ['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49'];
    expect(shownWeeks(weeks, 2)).toEqual(['2026-W48', '2026-W49']);
    expect(shownWeeks(weeks, null)).toEqual(weeks);
    expect(shownWeeks(weeks, 13)).toEqual(weeks);
    expect(defaultWeekRange(15)).toBe(13);
    expect(defaultWeekRange(9)).toBeNull();
    expect(weekRangeOptions(15).map((o) => o.label)).toEqual(['Last 4 weeks', 'Last 8 weeks', 'Last 13 weeks', 'All 15 weeks']);
  });

  it('exports the table as CSV rows with a totals row', () => {
    const grid = personWeekGrid({ people, rows }, ['2026-W48', '2026-W49']);
    expect(personWeekCsvRows(grid)).toEqual({
      header: ['Person', '2026-W48', '2026-W49', 'Total'],
      rows: [
        ['Ben', 32.5, 0.3, 32.8],
        ['Aiko', 20.2, 0, 20.2],
        ['Total', 52.7, 0.3, 53],
      ],
    });
  });
});

describe('the budget chart', () => {
  const week = (w: string, planned: number, actual: number | null) => ({ week: w, plannedHours: 0, actualHours: null, cumulativePlannedHours: planned, cumulativeActualHours: actual });
  const budget: NonNullable<HoursView['budget']> = {
    totalHours: 100,
    start: '2026-11-16',
    end: '2026-12-27',
    plan: 'linear',
    usedHours: 55,
    remainingHours: 45,
    percentUsed: 55,
    runsOutOn: '2026-12-21',
    burnPerWeek: 20,
    aheadOfWork: null,
    weeks: [week('2026-W47', 20, 15), week('2026-W48', 40, 35), week('2026-W49', 60, 50), week('2026-W50', 80, 55), week('2026-W51', 100, null)],
  };

  it('projects the burn from the last complete week at the burn rate, not from the week under way', () => {
    expect(budgetSeries(budget, '2026-W50')).toEqual([
      { week: '2026-W47', planned: 20, actual: 15, projected: null },
      { week: '2026-W48', planned: 40, actual: 35, projected: null },
      { week: '2026-W49', planned: 60, actual: 50, projected: 50 },
      { week: '2026-W50', planned: 80, actual: 55, projected: 70 },
      { week: '2026-W51', planned: 100, actual: null, projected: 90 },
    ]);
  });

  it('projects nothing without a burn rate or before a week is complete', () => {
    expect(budgetSeries({ ...budget, burnPerWeek: null }, '2026-W50').every((p) => p.projected === null)).toBe(true);
    expect(budgetSeries(budget, '2026-W47').every((p) => p.projected === null)).toBe(true);
  });
});

describe('the weekly report dialog', () => {
  it('offers this week so far, then half a year of complete weeks back across the new year', () => {
    const options = weekOptions('2027-W01');
    expect(options[0]).toMatchObject({ value: '2027-W02' });
    expect(options[0]?.label).toContain('this week so far');
    expect(options[1]).toMatchObject({ value: '2027-W01' });
    expect(options[1]?.label).toContain('(last week)');
    expect(options.slice(1, 4).map((o) => o.value)).toEqual(['2027-W01', '2026-W53', '2026-W52']);
    expect(options).toHaveLength(27);
  });

  it('names the CSV after the project and the week', () => {
    expect(reportFileName('ACC', '2026-W49')).toBe('weekly-report-acc-2026-w49.csv');
    expect(reportFileName('***', '2026-W49')).toBe('weekly-report-project-2026-w49.csv');
  });

  it('reads the headline numbers from the report JSON, and nothing from something else', () => {
    expect(
      reportHighlights({ totalHours: 12.5, hoursByPerson: [{ accountId: 'a', displayName: 'Aiko', hours: 10 }, { accountId: 'gone', displayName: null, hours: 2.5 }, { hours: 'x' }] }),
    ).toEqual({ totalHours: 12.5, people: [{ name: 'Aiko', hours: 10 }, { name: 'gone', hours: 2.5 }] });
    expect(reportHighlights(null)).toBeNull();
    expect(reportHighlights({ totalHours: '12' })).toBeNull();
  });
});
