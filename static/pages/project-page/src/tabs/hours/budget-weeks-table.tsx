/** The budget chart's numbers, week by week: planned and logged hours, each on its own and to date. */
import { useEffect, useRef } from 'react';
import { Stack, Text } from '@atlaskit/primitives';
import { FigureCell, FigureRow, FigureTable } from '../../common/figure-table';
import { formatHours } from '../../common/format-hours';
import { shortWeek, weekDates } from '../../common/week-label';
import type { HoursView } from '../../project-page-api';

type Budget = NonNullable<HoursView['budget']>;

const figure = (hours: number | null) => (hours === null ? '—' : formatHours(hours));

export function BudgetWeeksTable({ budget, currentWeek }: { budget: Budget; currentWeek: string }) {
  const box = useRef<HTMLDivElement>(null);
  // The table opens on the current week (a long budget has months of rows before it), without moving the page.
  useEffect(() => {
    const scroller = box.current;
    const row = scroller?.querySelector<HTMLElement>('tr[aria-current]');
    if (!scroller || !row) return;
    const offset = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = Math.max(0, offset - scroller.clientHeight / 2);
  }, [budget, currentWeek]);

  return (
    <FigureTable ref={box} caption="Planned and logged hours per week, and to date, against the hour budget" maxHeight="340px" testId="budget-weeks-table">
      <thead>
        <FigureRow>
          <FigureCell header="column">Week</FigureCell>
          <FigureCell header="column" numeric>
            Planned
          </FigureCell>
          <FigureCell header="column" numeric>
            Logged
          </FigureCell>
          <FigureCell header="column" numeric>
            Planned to date
          </FigureCell>
          <FigureCell header="column" numeric>
            Logged to date
          </FigureCell>
        </FigureRow>
      </thead>
      <tbody>
        {budget.weeks.map((w) => (
          <FigureRow key={w.week} testId="budget-week-row" current={w.week === currentWeek}>
            <FigureCell header="row" title={weekDates(w.week)} nowrap>
              <Stack space="space.0">
                <span>{shortWeek(w.week, true)}</span>
                {w.week === currentWeek && (
                  <Text size="small" color="color.text.subtle">
                    so far
                  </Text>
                )}
              </Stack>
            </FigureCell>
            <FigureCell numeric>{figure(w.plannedHours)}</FigureCell>
            <FigureCell numeric>{figure(w.actualHours)}</FigureCell>
            <FigureCell numeric>{figure(w.cumulativePlannedHours)}</FigureCell>
            <FigureCell numeric emphasis={w.cumulativeActualHours !== null && w.cumulativeActualHours > w.cumulativePlannedHours}>
              {figure(w.cumulativeActualHours)}
            </FigureCell>
          </FigureRow>
        ))}
      </tbody>
    </FigureTable>
  );
}
