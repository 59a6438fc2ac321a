/** The released versions, folded away: when each was released, what it held, and how its P85 forecasts did. */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { formatDay } from '../../common/calendar-dates';
import type { MilestoneView } from '../../project-page-api';

const head: HeadType = {
  cells: [
    { key: 'version', content: 'Version', width: 22 },
    { key: 'release', content: 'Release date', width: 18 },
    { key: 'issues', content: 'Issues done', width: 16 },
    { key: 'points', content: 'Points done', width: 16 },
    { key: 'record', content: 'P85 forecasts held', width: 28 },
  ],
};

function record(version: MilestoneView): string {
  const r = version.trackRecord;
  if (!r || r.forecasts === 0) return 'No forecasts kept';
  return `${r.held} of ${r.forecasts}${r.rate === null ? '' : ` (${Math.round(r.rate * 100)}%)`}`;
}

export function ReleasedVersions({ versions }: { versions: readonly MilestoneView[] }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  if (versions.length === 0) return null;
  const rows: RowType[] = versions.map((v) => ({
    key: v.id,
    testId: 'released-row',
    cells: [
      { key: 'version', content: v.name },
      { key: 'release', content: v.releaseDate === null ? <Text color="color.text.subtlest">None</Text> : <time dateTime={v.releaseDate}>{formatDay(v.releaseDate)}</time> },
      { key: 'issues', content: `${v.progress.issuesDone} of ${v.progress.issuesTotal}` },
      { key: 'points', content: `${v.progress.pointsDone} of ${v.progress.pointsTotal}` },
      { key: 'record', content: record(v) },
    ],
  }));
  return (
    <Stack space="space.100" testId="released-versions">
      <Box>
        <Button appearance="subtle" iconBefore={open ? ChevronDownIcon : ChevronRightIcon} onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={regionId} testId="released-toggle">
          Released versions ({versions.length})
        </Button>
      </Box>
      {open && (
        <Box id={regionId}>
          <DynamicTable label="Released versions" head={head} rows={rows} />
        </Box>
      )}
    </Stack>
  );
}
