/** The tickets behind one figure of the ledger: key, summary, the estimate counted, and what happened when. */
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Text } from '@atlaskit/primitives';
import { TicketLink } from '../../../../../shared/ui/ticket-link';
import { issueKeyOrder } from '../../common/issue-key-order';
import type { EvidenceTicket } from '../../project-page-api';
import { EvidenceEvents } from './evidence-events';
import { formatAmount } from './ledger-steps';

type Ticket = EvidenceTicket & { from?: number | null; to?: number | null };

const estimate = (n: number | null | undefined) => (n === null || n === undefined ? 'none' : formatAmount(n));

interface Props {
  tickets: readonly Ticket[];
  /** Re-estimates show the first and last estimate instead of one number. */
  showChange: boolean;
  estimateLabel: string;
  label: string;
}

export function EvidenceTable({ tickets, showChange, estimateLabel, label }: Props) {
  const head: HeadType = {
    cells: [
      { key: 'key', content: 'Key', isSortable: true, width: 11 },
      { key: 'summary', content: 'Summary', isSortable: true, width: 33 },
      { key: 'points', content: showChange ? 'Estimate' : estimateLabel, isSortable: true, width: 11 },
      { key: 'events', content: 'What happened', width: 45 },
    ],
  };
  const rows: RowType[] = tickets.map((ticket) => ({
    key: ticket.key,
    testId: 'evidence-row',
    cells: [
      { key: issueKeyOrder(ticket.key), content: <TicketLink issueKey={ticket.key} /> },
      { key: ticket.summary.toLowerCase(), content: ticket.summary },
      {
        key: ticket.points ?? -1,
        content: showChange ? `${estimate(ticket.from)} → ${estimate(ticket.to)}` : ticket.points === null ? <Text color="color.text.subtlest">Unestimated</Text> : formatAmount(ticket.points),
      },
      { key: ticket.events.length, content: <EvidenceEvents events={ticket.events} /> },
    ],
  }));
  return (
    <div data-testid="evidence-table">
      <DynamicTable label={label} head={head} rows={rows} defaultSortKey="key" defaultSortOrder="ASC" rowsPerPage={tickets.length > 50 ? 25 : undefined} />
    </div>
  );
}
