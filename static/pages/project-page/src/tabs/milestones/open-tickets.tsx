/** The version's open tickets behind the forecast, folded away until asked for. */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { TicketLink } from '../../../../../shared/ui/ticket-link';
import { issueKeyOrder } from '../../common/issue-key-order';
import type { MilestoneView } from '../../project-page-api';

const head: HeadType = {
  cells: [
    { key: 'key', content: 'Key', isSortable: true, width: 12 },
    { key: 'summary', content: 'Summary', isSortable: true, width: 56 },
    { key: 'status', content: 'Status', isSortable: true, width: 18 },
    { key: 'points', content: 'Points', isSortable: true, width: 14 },
  ],
};

export function OpenTickets({ version }: { version: MilestoneView }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const tickets = version.openTickets;
  const openCount = version.progress.issuesTotal - version.progress.issuesDone;
  if (openCount === 0) return null;
  const rows: RowType[] = tickets.map((ticket) => ({
    key: ticket.key,
    testId: 'open-ticket-row',
    cells: [
      { key: issueKeyOrder(ticket.key), content: <TicketLink issueKey={ticket.key} /> },
      { key: ticket.summary.toLowerCase(), content: ticket.summary },
      { key: ticket.status, content: <Lozenge>{ticket.status}</Lozenge> },
      { key: ticket.points ?? -1, content: ticket.points === null ? <Text color="color.text.subtlest">Unestimated</Text> : String(ticket.points) },
    ],
  }));
  return (
    <Stack space="space.100">
      <Box>
        <Button appearance="subtle" iconBefore={open ? ChevronDownIcon : ChevronRightIcon} onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={regionId} testId="open-tickets-toggle">
          {open ? 'Hide' : 'Show'} the {openCount} open {openCount === 1 ? 'ticket' : 'tickets'}
        </Button>
      </Box>
      {open && (
        <Box id={regionId} testId="open-tickets">
          <Stack space="space.100">
            {tickets.length < openCount && (
              <Text size="small" color="color.text.subtle">
                The first {tickets.length} of {openCount} are listed.
              </Text>
            )}
            <DynamicTable label={`Open tickets of ${version.name}`} head={head} rows={rows} defaultSortKey="key" defaultSortOrder="ASC" rowsPerPage={tickets.length > 20 ? 20 : undefined} />
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
