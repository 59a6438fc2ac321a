/**
 * "Exposure over time": the weekly snapshots' exposure as a small line chart (its own chunk, loaded after the
 * figures) and the same numbers in a table, newest week first.
 */
import { lazy } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { ChartFrame } from '../../../charts/chart-frame';
import type { RaidView } from '../../../project-page-api';
import { shortWeek } from '../../../common/week-label';

const ExposureChart = lazy(() => import('./exposure-chart'));

/** "W50 2026". */
const week = (label: string) => shortWeek(label, true);

const HEAD = {
  cells: [
    { key: 'week', content: 'Week' },
    { key: 'inherent', content: 'Inherent' },
    { key: 'residual', content: 'Residual' },
  ],
};

function summary(points: RaidView['exposure']['overTime']): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  if (first === last) return `In ${week(last.week)} exposure was ${last.exposure}, ${last.residualExposure} after the responses.`;
  return `Exposure went from ${first.exposure} in ${week(first.week)} to ${last.exposure} in ${week(last.week)}; after the responses from ${first.residualExposure} to ${last.residualExposure}.`;
}

export function ExposureTrend({ exposure }: { exposure: RaidView['exposure'] }) {
  const points = exposure.overTime.map((p) => ({ ...p, week: week(p.week) }));
  return (
    <Stack space="space.150" testId="raid-exposure">
      <Heading size="small" as="h3">
        Exposure over time
      </Heading>
      {points.length === 0 ? (
        <Text color="color.text.subtle">Exposure is recorded with each weekly snapshot; the trend shows from the first one.</Text>
      ) : (
        <>
          <ChartFrame title="Sum of the live risks’ scores per week" summary={summary(exposure.overTime)} height={200} testId="raid-exposure-chart">
            <ExposureChart points={points} />
          </ChartFrame>
          <DynamicTable
            label="Exposure per week, newest first"
            head={HEAD}
            rows={[...exposure.overTime].reverse().map((p) => ({
              key: p.week,
              testId: 'raid-exposure-row',
              cells: [
                { key: p.week, content: week(p.week) },
                { key: p.exposure, content: String(p.exposure) },
                { key: p.residualExposure, content: String(p.residualExposure) },
              ],
            }))}
            rowsPerPage={4}
          />
        </>
      )}
    </Stack>
  );
}
