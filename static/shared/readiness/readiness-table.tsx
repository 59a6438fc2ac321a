/** Every ticket of the sprint with its score and failed checks (and sign-off on the project page), sortable. */
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { failureNames } from './check-names';
import type { TicketReadiness } from './readiness-api';
import { ScoreLozenge } from './score-lozenge';
import { SignoffLozenge } from '../signoff/signoff-lozenge';
import { TicketLink } from '../ui/ticket-link';

interface Props {
  tickets: TicketReadiness[];
  threshold: number;
  /** The project page shows sign-off too; the sprint action keeps to readiness. */
  showSignoff?: boolean;
  label: string;
  emptyText?: string;
  testId?: string;
}

/** "ACC-12" sorts as 12 so that ACC-9 comes before ACC-10. */
function keyOrder(key: string): number {
  const n = Number(key.slice(key.lastIndexOf('-') + 1));
  return Number.isFinite(n) ? n : 0;
}

function head(showSignoff: boolean): HeadType {
  return {
    cells: [
      { key: 'key', content: 'Key', isSortable: true, width: 10 },
      { key: 'summary', content: 'Summary', isSortable: true, width: showSignoff ? 34 : 40 },
      { key: 'score', content: 'Score', isSortable: true, width: 9 },
      { key: 'ready', content: 'Readiness', isSortable: true, width: 11 },
      { key: 'failed', content: 'Failed checks', width: showSignoff ? 24 : 30 },
      ...(showSignoff ? [{ key: 'signoff', content: 'Sign-off', isSortable: true, width: 12 }] : []),
    ],
  };
}

function row(ticket: TicketReadiness, threshold: number, showSignoff: boolean): RowType {
  const failed = failureNames(ticket.failedChecks);
  return {
    key: ticket.key,
    testId: 'readiness-row',
    cells: [
      { key: keyOrder(ticket.key), content: <TicketLink issueKey={ticket.key} /> },
      { key: ticket.summary.toLowerCase(), content: ticket.summary },
      { key: ticket.score, content: <ScoreLozenge score={ticket.score} threshold={threshold} /> },
      {
        key: ticket.ready ? 1 : 0,
        content: (
          <Lozenge appearance={ticket.ready ? 'success' : 'removed'} isBold>
            {ticket.ready ? 'Ready' : 'Not ready'}
          </Lozenge>
        ),
      },
      {
        key: failed.join(', '),
        content: failed.length === 0 ? <Text color="color.text.subtlest">None</Text> : <Text size="small">{failed.join(', ')}</Text>,
      },
      ...(showSignoff ? [{ key: ticket.signoff ?? '', content: <SignoffLozenge state={ticket.signoff} /> }] : []),
    ],
  };
}

export function ReadinessTable({ tickets, threshold, showSignoff = false, label, emptyText = 'This sprint has no tickets.', testId = 'readiness-table' }: Props) {
  return (
    <div data-testid={testId}>
      <DynamicTable
        label={label}
        head={head(showSignoff)}
        rows={tickets.map((ticket) => row(ticket, threshold, showSignoff))}
        defaultSortKey="score"
        defaultSortOrder="ASC"
        rowsPerPage={tickets.length > 100 ? 50 : undefined}
        emptyView={<EmptyState header={emptyText} headingLevel={3} width="narrow" />}
      />
    </div>
  );
}
