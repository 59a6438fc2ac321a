/** The tickets furthest from ready: where refinement pays off first. */
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { failureNames } from './check-names';
import type { TicketReadiness } from './readiness-api';
import { ScoreLozenge } from './score-lozenge';
import { TicketLink } from '../ui/ticket-link';

const list = xcss({ paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const row = xcss({
  listStyle: 'none',
  paddingBlock: 'space.100',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
});
const summaryText = xcss({ minWidth: '0', flexGrow: 1 });

export function FurthestTickets({ tickets, threshold }: { tickets: TicketReadiness[]; threshold: number }) {
  return (
    <Box as="section" aria-labelledby="furthest-heading" testId="furthest-tickets">
      <Stack space="space.100">
        <Heading size="xsmall" as="h3" id="furthest-heading">
          Furthest from ready
        </Heading>
        {tickets.length === 0 ? (
          <Text color="color.text.subtle">Every ticket is ready.</Text>
        ) : (
          <Stack as="ul" xcss={list}>
            {tickets.map((ticket) => (
              <Box as="li" key={ticket.key} xcss={row} testId="furthest-ticket">
                <Stack space="space.050">
                  <Inline space="space.100" alignBlock="center">
                    <ScoreLozenge score={ticket.score} threshold={threshold} />
                    <TicketLink issueKey={ticket.key} />
                    <Box xcss={summaryText}>
                      <Text maxLines={1}>{ticket.summary}</Text>
                    </Box>
                  </Inline>
                  <Text size="small" color="color.text.subtle">
                    {failureNames(ticket.failedChecks).join(' · ')}
                  </Text>
                </Stack>
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
