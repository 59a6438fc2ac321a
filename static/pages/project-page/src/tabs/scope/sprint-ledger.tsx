/**
 * One sprint's scope ledger: its dates, how the board estimates and the sprint goal, the figures (each opens its tickets),
 * the waterfall from commitment to the end, and the tickets without an estimate.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { ModalTransition } from '@atlaskit/modal-dialog';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { downloadText } from '../../../../../shared/export/download';
import type { SprintLedgerView } from '../../project-page-api';
import { EvidenceDialog } from './evidence-dialog';
import { LedgerFigures } from './ledger-figures';
import type { LedgerPart } from './ledger-parts';
import type { Unit } from './ledger-steps';
import { LedgerWaterfall } from './ledger-waterfall';
import { ledgerCsv, scopeFileName } from './scope-csv';
import { sprintDates } from './sprint-dates';
import { UnestimatedNote } from './unestimated-note';

export function unitOf(ledger: Pick<SprintLedgerView, 'estimate'> | null): Unit {
  return ledger?.estimate === 'issues' ? 'tickets' : 'points';
}

export function SprintLedger({ ledger }: { ledger: SprintLedgerView }) {
  const [open, setOpen] = useState<LedgerPart | null>(null);
  const unit = unitOf(ledger);
  return (
    <Box as="section" aria-labelledby="ledger-heading" testId="sprint-ledger">
      <Stack space="space.200">
        <Stack space="space.050">
          <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Heading size="medium" as="h2" id="ledger-heading" testId="ledger-sprint-name">
                {ledger.name}
              </Heading>
              <Lozenge appearance={ledger.state === 'active' ? 'inprogress' : 'default'}>{ledger.state === 'active' ? 'Active' : 'Closed'}</Lozenge>
            </Inline>
            <Button onClick={() => downloadText(scopeFileName('scope', ledger.name), ledgerCsv(ledger))} testId="ledger-export">
              Export CSV
            </Button>
          </Inline>
          <Text color="color.text.subtle" testId="ledger-dates">
            {sprintDates(ledger, Date.now())} ·{' '}
            {unit === 'points' ? 'the board estimates in story points' : 'the board counts issues (no estimates)'}
          </Text>
          {ledger.goal !== null && (
            <Text testId="ledger-goal">
              <Text weight="semibold">Sprint goal:</Text> {ledger.goal}
            </Text>
          )}
        </Stack>
        <LedgerFigures ledger={ledger} unit={unit} onOpen={setOpen} />
        <LedgerWaterfall sprint={ledger} unit={unit} />
        {unit === 'points' && <UnestimatedNote keys={ledger.unestimated} />}
      </Stack>
      <ModalTransition>{open && <EvidenceDialog ledger={ledger} part={open} unit={unit} onClose={() => setOpen(null)} />}</ModalTransition>
    </Box>
  );
}
