/** "Readiness and sign-off": one row per ticket of the chosen sprint, filterable and exportable as CSV. */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { csvFileName, readinessCsv } from '../../../../../shared/readiness/readiness-csv';
import { downloadText } from '../../../../../shared/export/download';
import type { SprintReadinessView } from '../../../../../shared/readiness/readiness-api';
import { ReadinessTable } from '../../../../../shared/readiness/readiness-table';

export function SignoffSection({ view }: { view: SprintReadinessView }) {
  const [onlyNotReady, setOnlyNotReady] = useState(false);
  const tickets = onlyNotReady ? view.tickets.filter((ticket) => !ticket.ready) : view.tickets;
  const sprintName = view.sprint?.name ?? 'sprint';
  const exportCsv = () => downloadText(csvFileName(sprintName), readinessCsv(tickets, view.threshold));

  return (
    <Box as="section" aria-labelledby="signoff-heading" testId="signoff-section">
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Heading size="small" as="h2" id="signoff-heading">
            Readiness and sign-off
          </Heading>
          <Inline space="space.200" alignBlock="center">
            <Checkbox label="Only not ready" isChecked={onlyNotReady} onChange={(event) => setOnlyNotReady(event.currentTarget.checked)} testId="only-not-ready" />
            <Button onClick={exportCsv} isDisabled={tickets.length === 0} testId="export-csv">
              Export CSV
            </Button>
          </Inline>
        </Inline>
        <ReadinessTable
          tickets={tickets}
          threshold={view.threshold}
          showSignoff
          label={`Readiness and sign-off of the tickets in ${sprintName}`}
          emptyText={onlyNotReady && view.tickets.length > 0 ? 'Every ticket in this sprint is ready.' : 'This sprint has no tickets.'}
        />
      </Stack>
    </Box>
  );
}
