/**
 * People down, weeks across, totals on the right and at the bottom, like a timesheet. The current week is
 * marked "so far"; each week's dates are in its header. Names stay in view while the weeks scroll.
 */
import { Stack, Text } from '@atlaskit/primitives';
import { FigureCell, FigureRow, FigureTable } from '../../common/figure-table';
import { formatHours } from '../../common/format-hours';
import { shortWeek, weekDates } from '../../common/week-label';
import type { PersonWeekGrid } from './person-week-grid';

const cellText = (hours: number) => (hours === 0 ? '–' : formatHours(hours));

export function PersonWeekTable({ grid, currentWeek }: { grid: PersonWeekGrid; currentWeek: string }) {
  const spansYears = new Set(grid.weeks.map((w) => w.slice(0, 4))).size > 1;
  return (
    <FigureTable caption="Hours logged per person and week, with totals per person and per week" testId="person-week-table">
      <thead>
        <FigureRow>
          <FigureCell header="column" stickyStart>
            Person
          </FigureCell>
          {grid.weeks.map((week) => (
            <FigureCell key={week} header="column" numeric title={`${week}: ${weekDates(week)}`} testId="week-column">
              <Stack space="space.0">
                <span>{shortWeek(week, spansYears)}</span>
                <Text size="small" color="color.text.subtlest">
                  {week === currentWeek ? 'so far' : weekDates(week).split(' – ')[0]}
                </Text>
              </Stack>
            </FigureCell>
          ))}
          <FigureCell header="column" numeric>
            Total
          </FigureCell>
        </FigureRow>
      </thead>
      <tbody>
        {grid.rows.map((row) => (
          <FigureRow key={row.accountId} testId="person-row">
            <FigureCell header="row" stickyStart testId="person-name">
              {row.displayName}
            </FigureCell>
            {row.cells.map((hours, i) => (
              <FigureCell key={grid.weeks[i]} numeric testId="person-week-cell">
                {cellText(hours)}
              </FigureCell>
            ))}
            <FigureCell numeric emphasis testId="person-total">
              {formatHours(row.total)}
            </FigureCell>
          </FigureRow>
        ))}
      </tbody>
      <tfoot>
        <FigureRow total testId="week-totals-row">
          <FigureCell header="row" stickyStart emphasis>
            Total
          </FigureCell>
          {grid.weekTotals.map((hours, i) => (
            <FigureCell key={grid.weeks[i]} numeric emphasis testId="week-total">
              {formatHours(hours)}
            </FigureCell>
          ))}
          <FigureCell numeric emphasis testId="grand-total">
            {formatHours(grid.total)}
          </FigureCell>
        </FigureRow>
      </tfoot>
    </FigureTable>
  );
}
