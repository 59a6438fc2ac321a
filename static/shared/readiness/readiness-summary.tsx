/** Counts, average score against the threshold and the ready/not-ready bar for one sprint. */
import { Inline, Stack } from '@atlaskit/primitives';
import type { SprintReadinessView } from './readiness-api';
import { SegmentedBar } from '../ui/segmented-bar';
import { StatTile } from '../ui/stat-tile';

function percent(part: number, total: number): string {
  return total === 0 ? '' : `${Math.round((part / total) * 100)}% of the sprint`;
}

export function ReadinessSummary({ view }: { view: SprintReadinessView }) {
  const { summary, threshold } = view;
  const average = summary.averageScore;
  const gap = average === null ? 0 : average - threshold;
  const averageDetail = average === null || gap === 0 ? `Ready score is ${threshold}` : `${Math.abs(gap)} ${gap > 0 ? 'above' : 'below'} the ready score of ${threshold}`;
  return (
    <Stack space="space.150" testId="readiness-summary">
      <Inline space="space.150" shouldWrap>
        <StatTile label="Tickets" value={String(summary.total)} detail={view.truncated ? 'Only the first 500 are shown' : 'In this sprint'} testId="stat-total" />
        <StatTile label="Ready" value={String(summary.ready)} detail={percent(summary.ready, summary.total)} testId="stat-ready" />
        <StatTile label="Not ready" value={String(summary.notReady)} detail={percent(summary.notReady, summary.total)} testId="stat-not-ready" />
        <StatTile label="Average score" value={average === null ? '—' : `${average} / 100`} detail={averageDetail} testId="stat-average" />
      </Inline>
      {summary.total > 0 && (
        <SegmentedBar
          segments={[
            { label: 'Ready', value: summary.ready, tone: 'success' },
            { label: 'Not ready', value: summary.notReady, tone: 'danger' },
          ]}
          label={`${summary.ready} of ${summary.ready + summary.notReady} tickets ready, ${summary.notReady} not ready`}
          testId="readiness-bar"
        />
      )}
    </Stack>
  );
}
