/** One RAID item in full: its facts, texts, linked issues, where it came from, and its history; edit from here. */
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import { FrameDialog } from '../../../common/frame-dialog';
import { TicketLink } from '../../../../../../shared/ui/ticket-link';
import type { RaidItemView } from '../../../project-page-api';
import { formatInstant } from '../../../common/calendar-dates';
import { SignalClearedNotice } from './signal-cleared-notice';
import { FactList } from './fact-list';
import { itemFacts } from './item-facts';
import { ItemHistory } from './item-history';
import { ItemTexts } from './item-texts';

interface Props {
  view: RaidItemView;
  people: readonly PersonView[];
  canEdit: boolean;
  readOnlyReason: string | null;
  onEdit: () => void;
  onClose: () => void;
  /** Closes a risk whose detected signal cleared (one click). */
  onCloseItem: () => void;
  closing: boolean;
}

export function ItemDetail({ view, people, canEdit, readOnlyReason, onEdit, onClose, onCloseItem, closing }: Props) {
  const { item, label } = view;
  const name = (id: string) => people.find((p) => p.accountId === id)?.displayName ?? 'A former member';
  return (
    <FrameDialog onClose={onClose} width="large" label={`${label} ${item.title}`} testId="raid-item-detail">
      <ModalHeader hasCloseButton>
        <ModalTitle>
          {label} · {item.title}
        </ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.300">
          {view.signalCleared && canEdit && <SignalClearedNotice label={label} onClose={onCloseItem} closing={closing} />}
          <FactList facts={itemFacts(view, people)} />
          <ItemTexts item={item} />
          <Stack space="space.050">
            <Heading size="xxsmall" as="h3">
              Linked issues
            </Heading>
            {item.linkedIssues.length === 0 ? (
              <Text color="color.text.subtlest">None</Text>
            ) : (
              <Inline space="space.100" shouldWrap testId="raid-detail-links">
                {item.linkedIssues.map((key) => (
                  <TicketLink key={key} issueKey={key} />
                ))}
              </Inline>
            )}
          </Stack>
          <Text size="small" color="color.text.subtle">
            {item.detector ? 'Added from a detected risk' : 'Created'} by {name(item.createdBy)} on {formatInstant(item.createdAt)}
            {item.version > 1 ? ` · last changed by ${name(item.updatedBy)} on ${formatInstant(item.updatedAt)} (version ${item.version})` : ''}
          </Text>
          <ItemHistory itemId={item.id} kind={item.kind} version={item.version} people={people} />
        </Stack>
      </ModalBody>
      <ModalFooter>
        {!canEdit && readOnlyReason && (
          <Text size="small" color="color.text.subtle">
            {readOnlyReason}
          </Text>
        )}
        <Button appearance="subtle" onClick={onClose}>
          Close
        </Button>
        {canEdit && (
          <Button appearance="primary" onClick={onEdit} testId="raid-edit">
            Edit
          </Button>
        )}
      </ModalFooter>
    </FrameDialog>
  );
}
