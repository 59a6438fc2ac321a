/**
 * The person × week table behind the Hours tab: one row per person who logged time in the shown weeks
 * (most hours first), one column per week (oldest left), totals for each row, each column and the whole.
 * Pure, so the sums the page shows are the sums tested.
 */
import type { HoursView } from '../../project-page-api';
import { sumHours } from '../../common/format-hours';

export interface PersonWeekRow {
  accountId: string;
  displayName: string;
  /** Hours per shown week, in the order of `weeks`; 0 where nothing was logged. */
  cells: number[];
  total: number;
}

export interface PersonWeekGrid {
  weeks: string[];
  rows: PersonWeekRow[];
  weekTotals: number[];
  total: number;
}

/** The last `count` weeks of the view (all of them when `count` is null or larger). */
export function shownWeeks(weeks: readonly string[], count: number | null): string[] {
  return count === null || count >= weeks.length ? [...weeks] : weeks.slice(weeks.length - count);
}

export function personWeekGrid(view: Pick<HoursView, 'people' | 'rows'>, weeks: readonly string[]): PersonWeekGrid {
  const column = new Map(weeks.map((week, i) => [week, i]));
  const cells = new Map<string, number[]>();
  for (const row of view.rows) {
    const i = column.get(row.week);
    if (i === undefined) continue;
    const person = cells.get(row.accountId) ?? weeks.map(() => 0);
    person[i] = sumHours([person[i] ?? 0, row.hours]);
    cells.set(row.accountId, person);
  }
  const name = new Map(view.people.map((p) => [p.accountId, p.displayName]));
  const rows = [...cells.entries()]
    .map(([accountId, hours]) => ({ accountId, displayName: name.get(accountId) ?? 'Former user', cells: hours, total: sumHours(hours) }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.displayName.localeCompare(b.displayName));
  const weekTotals = weeks.map((_, i) => sumHours(rows.map((row) => row.cells[i] ?? 0)));
  return { weeks: [...weeks], rows, weekTotals, total: sumHours(weekTotals) };
}

/** The grid as CSV rows: Person, one column per week, Total; a last row of totals. */
export function personWeekCsvRows(grid: PersonWeekGrid): { header: string[]; rows: Array<Array<string | number>> } {
  return {
    header: ['Person', ...grid.weeks, 'Total'],
    rows: [...grid.rows.map((row) => [row.displayName, ...row.cells, row.total]), ['Total', ...grid.weekTotals, grid.total]],
  };
}
