/**
 * "Added after the start of ACC Sprint 7": the tickets behind one figure of the ledger and the changelog
 * entries that put them there (who, when, what). Focus moves into the dialog and back (Atlaskit's modal).
 */
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import type { SprintLedgerView } from '../../project-page-api';
import { EvidenceTable } from './evidence-table';
import { PART_WORDS, ticketsOf, type LedgerPart } from './ledger-parts';
import { amountWithUnit, figures, type Unit } from './ledger-steps';

interface Props {
  ledger: SprintLedgerView;
  part: LedgerPart;
  unit: Unit;
  onClose: () => void;
}

export function EvidenceDialog({ ledger, part, unit, onClose }: Props) {
  const words = PART_WORDS[part];
  const tickets = ticketsOf(ledger, part);
  const amount = figures(ledger, unit)[part];
  const title = `${words.title} ${ledger.name}`;
  return (
    <Modal onClose={onClose} width="x-large" testId="evidence-dialog" label={title}>
      <ModalHeader hasCloseButton>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.200">
          <Text>
            <Text weight="semibold" testId="evidence-total">
              {amountWithUnit(tickets.length, 'tickets')} · {amountWithUnit(part === 'reEstimated' ? amount : Math.abs(amount), unit)}
              {part === 'reEstimated' ? ' net' : ''}
            </Text>
            {'. '}
            {unit === 'points' ? words.pointsRule : 'The board counts issues: each ticket counts 1.'}
          </Text>
          {tickets.length === 0 ? (
            <EmptyState header={words.none} headingLevel={3} width="narrow" />
          ) : (
            <EvidenceTable tickets={tickets} showChange={part === 'reEstimated'} estimateLabel={unit === 'points' ? 'Points' : 'Counts'} label={title} />
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="primary" onClick={onClose} testId="evidence-close">
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}
