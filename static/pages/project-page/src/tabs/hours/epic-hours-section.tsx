/** "Hours per epic": where the time went by feature, open an epic to see its tickets. */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { HoursView } from '../../project-page-api';
import { EpicHoursTable } from './epic-hours-table';

export function EpicHoursSection({ view }: { view: HoursView }) {
  if (view.epics.length === 0) return null;
  const capped = view.epics.some((epic) => epic.issues.length >= 30);
  return (
    <Box as="section" aria-labelledby="epic-hours-heading" testId="epic-hours-section">
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading size="small" as="h2" id="epic-hours-heading">
            Hours per epic
          </Heading>
          <Text color="color.text.subtle">
            All logged hours by the epic of each ticket (an epic&apos;s own worklogs count under it).{capped ? ' An epic lists its 30 tickets with the most hours; its total counts every ticket.' : ''}
          </Text>
        </Stack>
        <EpicHoursTable epics={view.epics} totalHours={view.totalHours} />
      </Stack>
    </Box>
  );
}
