/** What happened to a ticket, one changelog entry a line: when, who, what. */
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { formatInstant } from '../../common/calendar-dates';
import type { EvidenceTicket } from '../../project-page-api';

const list = xcss({ listStyle: 'none', paddingInlineStart: 'space.0', marginBlock: 'space.0' });

export function EvidenceEvents({ events }: { events: EvidenceTicket['events'] }) {
  if (events.length === 0) return <Text color="color.text.subtlest">No change recorded</Text>;
  return (
    <Stack as="ul" space="space.050" xcss={list} testId="evidence-events">
      {events.map((event, index) => (
        <Box as="li" key={`${event.at}-${index}`} testId="evidence-event">
          <Text size="small">
            <Text size="small" color="color.text.subtle">
              <time dateTime={event.at}>{formatInstant(event.at)}</time>
            </Text>
            {' · '}
            <Text size="small" weight="medium">
              {event.by?.displayName ?? 'Jira'}
            </Text>
            {' · '}
            {event.what}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
