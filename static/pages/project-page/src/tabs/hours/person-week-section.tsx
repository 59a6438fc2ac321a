/**
 * "Hours per person and week": the stacked chart (lazy) over the timesheet table with its totals, for the
 * chosen span of recent weeks, and the table as CSV.
 */
import { lazy, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import EmptyState from '@atlaskit/empty-state';
import { csvTable } from '../../../../../../src/domain/text/csv';
import { downloadText } from '../../../../../shared/export/download';
import { ChartFrame } from '../../charts/chart-frame';
import { hoursText } from '../../common/format-hours';
import { shortWeek } from '../../common/week-label';
import type { HoursView } from '../../project-page-api';
import { personWeekCsvRows, personWeekGrid, shownWeeks, type PersonWeekGrid } from './person-week-grid';
import { PersonWeekTable } from './person-week-table';
import { defaultWeekRange } from './week-range-options';
import { WeekRangePicker } from './week-range-picker';

const HoursByPersonChart = lazy(() => import('./hours-by-person-chart'));

function chartSummary(grid: PersonWeekGrid): string {
  const busiest = grid.weeks.reduce((best, week, i) => ((grid.weekTotals[i] ?? 0) > (grid.weekTotals[best] ?? 0) ? i : best), 0);
  const top = grid.rows[0];
  return `${hoursText(grid.total)} over ${grid.weeks.length} weeks by ${grid.rows.length} people; the most in ${shortWeek(grid.weeks[busiest] ?? '')} (${hoursText(grid.weekTotals[busiest] ?? 0)})${top ? `; ${top.displayName} logged the most (${hoursText(top.total)})` : ''}.`;
}

export function PersonWeekSection({ view, projectKey }: { view: HoursView; projectKey: string }) {
  const [span, setSpan] = useState<number | null>(() => defaultWeekRange(view.weeks.length));
  const grid = useMemo(() => personWeekGrid(view, shownWeeks(view.weeks, span)), [view, span]);
  const exportCsv = () => {
    const { header, rows } = personWeekCsvRows(grid);
    const range = grid.weeks.length > 0 ? `-${grid.weeks[0]}-to-${grid.weeks.at(-1)}` : '';
    downloadText(`hours-per-person-${projectKey.toLowerCase()}${range.toLowerCase()}.csv`, csvTable(header, rows));
  };

  return (
    <Box as="section" aria-labelledby="person-week-heading" testId="person-week-section">
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="end" shouldWrap space="space.200">
          <Stack space="space.050">
            <Heading size="small" as="h2" id="person-week-heading">
              Hours per person and week
            </Heading>
            <Text color="color.text.subtle">Worklogs on the project&apos;s tickets, in the week each one started.</Text>
          </Stack>
          {view.weeks.length > 0 && (
            <Inline space="space.150" alignBlock="end">
              <WeekRangePicker available={view.weeks.length} value={span} onChange={setSpan} />
              <Button onClick={exportCsv} isDisabled={grid.rows.length === 0} testId="export-hours-csv">
                Export CSV
              </Button>
            </Inline>
          )}
        </Inline>
        {grid.rows.length === 0 ? (
          <EmptyState header="No hours logged" description="When people log work on this project's tickets, their hours appear here per week." headingLevel={3} width="narrow" testId="no-hours" />
        ) : (
          <>
            <ChartFrame title="Hours per week by person" summary={chartSummary(grid)} height={280} testId="hours-by-person-chart">
              <HoursByPersonChart grid={grid} />
            </ChartFrame>
            <PersonWeekTable grid={grid} currentWeek={view.currentWeek} />
          </>
        )}
      </Stack>
    </Box>
  );
}
