/**
 * "When will each version be done": the unreleased versions on one time line (today, release dates, P50, P85,
 * P95), and the same dates in a table below it.
 */
import { lazy } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Stack, Text } from '@atlaskit/primitives';
import { dayNumber, formatDay } from '../../common/calendar-dates';
import { ChartFrame } from '../../charts/chart-frame';
import type { MilestoneView, MilestonesView } from '../../project-page-api';
import { forecastDate, type Percentile } from './forecast-words';
import type { TimelineRow } from './milestone-timeline-chart';
import { timelineScale } from './timeline-ticks';
import { VersionLozenge } from './version-lozenge';

const MilestoneTimelineChart = lazy(() => import('./milestone-timeline-chart'));

const head: HeadType = {
  cells: [
    { key: 'version', content: 'Version', width: 20 },
    { key: 'standing', content: 'Standing', width: 14 },
    { key: 'release', content: 'Release date', width: 16 },
    { key: 'p50', content: 'P50', width: 16 },
    { key: 'p85', content: 'P85', width: 16 },
    { key: 'p95', content: 'P95', width: 16 },
  ],
};

function dateCell(version: MilestoneView, p: Percentile) {
  const point = version.forecast?.[p];
  return point ? <time dateTime={point.date}>{formatDay(point.date)}</time> : <Text color="color.text.subtlest">{forecastDate(version, p)}</Text>;
}

function timelineRow(version: MilestoneView): TimelineRow {
  const at = (p: Percentile) => {
    const point = version.forecast?.[p];
    return point ? dayNumber(point.date) : null;
  };
  return { name: version.name, atRisk: version.atRisk, release: version.releaseDate === null ? null : dayNumber(version.releaseDate), p50: at('p50'), p85: at('p85'), p95: at('p95') };
}

function sentence(versions: readonly MilestoneView[], today: string): string {
  const parts = versions.map((v) => {
    const release = v.releaseDate === null ? 'no release date' : `release ${formatDay(v.releaseDate)}`;
    return `${v.name}: ${release}, P50 ${forecastDate(v, 'p50')}, P85 ${forecastDate(v, 'p85')}, P95 ${forecastDate(v, 'p95')}${v.atRisk ? ', at risk' : ''}`;
  });
  return `Today is ${formatDay(today)}. ${parts.join('; ')}.`;
}

export function MilestoneTimeline({ versions, view }: { versions: readonly MilestoneView[]; view: MilestonesView }) {
  const rows = versions.map(timelineRow);
  const today = dayNumber(view.today);
  const days = [today, ...rows.flatMap((r) => [r.release, r.p50, r.p85, r.p95]).filter((d): d is number => d !== null)];
  const scale = timelineScale(days);
  const tableRows: RowType[] = versions.map((v) => ({
    key: v.id,
    testId: 'timeline-row',
    cells: [
      { key: 'version', content: v.name },
      { key: 'standing', content: <VersionLozenge version={v} /> },
      { key: 'release', content: v.releaseDate === null ? <Text color="color.text.subtlest">None</Text> : <time dateTime={v.releaseDate}>{formatDay(v.releaseDate)}</time> },
      { key: 'p50', content: dateCell(v, 'p50') },
      { key: 'p85', content: dateCell(v, 'p85') },
      { key: 'p95', content: dateCell(v, 'p95') },
    ],
  }));
  return (
    <Stack space="space.150" testId="milestone-timeline">
      <ChartFrame title="When each version is likely to be done" summary={sentence(versions, view.today)} height={96 + rows.length * 56} testId="timeline-chart">
        <MilestoneTimelineChart rows={rows} today={today} scale={scale} />
      </ChartFrame>
      <div data-testid="timeline-table">
        <DynamicTable label="Release and forecast dates of the unreleased versions" head={head} rows={tableRows} />
      </div>
    </Stack>
  );
}
