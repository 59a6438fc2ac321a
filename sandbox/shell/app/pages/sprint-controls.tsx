/**
 * The board's "Start sprint" and "Complete sprint" buttons, as in Jira's backlog. Completing asks where the
 * open issues go: the next sprint or the backlog. Both go through the agile REST API (which fires the
 * sprint events); moving the open issues on is a second call, as the Jira UI makes it.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import ModalDialog, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Text } from '@atlaskit/primitives';
import { moveToSprint, setSprintState } from '../api/jira-api';
import type { JiraSprint } from '../api/jira-types';
import { ErrorMessage } from '../components/error-message';

function messagesOf(error: unknown): string[] {
  return [error instanceof Error ? error.message : String(error)];
}

export function StartSprintButton({ sprint, onDone }: { sprint: JiraSprint; onDone: () => void }) {
  const [error, setError] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await setSprintState(sprint.id, 'active');
      onDone();
    } catch (failure) {
      setError(messagesOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button spacing="compact" isDisabled={busy} onClick={() => void start()} testId={`start-sprint-${sprint.id}`}>
        Start sprint
      </Button>
      {error ? <ErrorMessage title="The sprint could not be started" messages={error} /> : null}
    </>
  );
}

interface CompleteProps {
  sprint: JiraSprint;
  /** Keys of the sprint's issues that are not done. */
  openIssues: string[];
  next: JiraSprint | undefined;
  onDone: () => void;
}

export function CompleteSprintButton({ sprint, openIssues, next, onDone }: CompleteProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[] | null>(null);
  const complete = async (target: JiraSprint | undefined) => {
    setBusy(true);
    try {
      await setSprintState(sprint.id, 'closed');
      if (target && openIssues.length > 0) await moveToSprint(target.id, openIssues);
      setOpen(false);
      onDone();
    } catch (failure) {
      setError(messagesOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button spacing="compact" onClick={() => setOpen(true)} testId={`complete-sprint-${sprint.id}`}>
        Complete sprint
      </Button>
      <ModalTransition>
        {open ? (
          <ModalDialog onClose={() => setOpen(false)} testId="complete-sprint-modal">
            <ModalHeader hasCloseButton>
              <ModalTitle>Complete {sprint.name}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <Text>
                {openIssues.length === 0 ? 'Every issue of this sprint is done.' : `${openIssues.length} open issues stay listed with this sprint. Where should they go now?`}
              </Text>
              {error ? <ErrorMessage title="The sprint could not be completed" messages={error} /> : null}
            </ModalBody>
            <ModalFooter>
              <Button appearance="subtle" isDisabled={busy} onClick={() => void complete(undefined)} testId="complete-to-backlog">
                {openIssues.length === 0 ? 'Complete sprint' : 'Move them to the backlog'}
              </Button>
              {next && openIssues.length > 0 ? (
                <Button appearance="primary" isDisabled={busy} onClick={() => void complete(next)} testId="complete-to-next">
                  Move them to {next.name}
                </Button>
              ) : null}
            </ModalFooter>
          </ModalDialog>
        ) : null}
      </ModalTransition>
    </>
  );
}
