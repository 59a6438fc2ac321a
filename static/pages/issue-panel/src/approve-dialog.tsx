/** Confirms an approval and says exactly what is being approved; warns when criteria are not all passed. */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { PanelView } from '../../../../src/contract/issue-panel';
import { plural } from './format';

interface Props {
  view: PanelView;
  error: string | null;
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}

export default function ApproveDialog({ view, error, onConfirm, onClose }: Props) {
  const [sending, setSending] = useState(false);
  const total = view.criteria.length;
  const count = (state: string) => view.criteria.filter((c) => c.verification.state === state).length;
  const passed = count('passed');
  const failed = count('failed');
  const unverified = count('unverified');

  const confirm = async () => {
    setSending(true);
    const saved = await onConfirm();
    setSending(false);
    if (saved) onClose();
  };

  return (
    <Modal onClose={onClose} testId="approve-dialog" shouldReturnFocus>
      <ModalHeader hasCloseButton>
        <ModalTitle>Approve {view.issue.key}?</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.150">
          <Text as="p">
            {/* Approving needs criteria (the resolver refuses without), so there is always a count to state. */}
            {`You approve the work against ${plural(total, 'acceptance criterion', 'acceptance criteria')}: ${passed} passed, ${failed} failed, ${unverified} not verified.`}
          </Text>
          {(failed > 0 || unverified > 0) && (
            <SectionMessage appearance="warning" title="Not every criterion has passed" testId="approve-warning">
              <Text as="p">
                {[failed > 0 ? `${plural(failed, 'criterion', 'criteria')} failed` : '', unverified > 0 ? `${plural(unverified, 'criterion', 'criteria')} not verified` : '']
                  .filter(Boolean)
                  .join(' and ')}
                . Approve only if you accept the work as it is.
              </Text>
            </SectionMessage>
          )}
          <Text as="p" size="small" color="color.text.subtle">
            The approval is bound to the criteria and the description as you see them now. If either changes later, the
            sign-off becomes stale and needs approving again.
          </Text>
          {error && (
            <SectionMessage appearance="error" testId="approve-error">
              <Text as="p">{error}</Text>
            </SectionMessage>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button appearance="primary" isLoading={sending} onClick={() => void confirm()} testId="approve-confirm">
          Approve
        </Button>
      </ModalFooter>
    </Modal>
  );
}
