/** Asks for the feedback a change request must carry: required, and limited in length. */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Box, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import type { PanelView } from '../../../../src/contract/issue-panel';

interface Props {
  view: PanelView;
  initialFeedback: string;
  error: string | null;
  onConfirm: (feedback: string) => Promise<boolean>;
  onClose: () => void;
}

export function feedbackProblem(feedback: string, maxChars: number): string | null {
  const length = feedback.trim().length;
  if (length === 0) return 'Say what needs to change, so that the team knows what to do next.';
  if (length > maxChars) return `Feedback can have at most ${maxChars} characters (this has ${length}).`;
  return null;
}

export default function RequestChangesDialog({ view, initialFeedback, error, onConfirm, onClose }: Props) {
  const [feedback, setFeedback] = useState(initialFeedback);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fieldId = useId();
  const problemId = useId();
  const counterId = useId();
  const max = view.limits.maxFeedbackChars;
  const length = feedback.trim().length;

  const submit = async () => {
    const issue = feedbackProblem(feedback, max);
    setProblem(issue);
    if (issue) return;
    setSending(true);
    const saved = await onConfirm(feedback.trim());
    setSending(false);
    if (saved) onClose();
  };

  return (
    <Modal onClose={onClose} testId="request-changes-dialog" shouldReturnFocus>
      <ModalHeader hasCloseButton>
        <ModalTitle>Request changes on {view.issue.key}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.100">
          <label htmlFor={fieldId}>
            <Text weight="medium">
              What needs to change?{' '}
              <Text color="color.text.danger" as="span">
                (required)
              </Text>
            </Text>
          </label>
          <TextArea
            id={fieldId}
            value={feedback}
            autoFocus
            minimumRows={4}
            resize="vertical"
            isInvalid={problem !== null}
            isRequired
            aria-describedby={problem ? `${problemId} ${counterId}` : counterId}
            testId="feedback"
            onChange={(event) => {
              setFeedback(event.currentTarget.value);
              if (problem) setProblem(feedbackProblem(event.currentTarget.value, max));
            }}
          />
          {problem && (
            <Box role="alert">
              <Text id={problemId} size="small" color="color.text.danger" testId="feedback-problem">
                {problem}
              </Text>
            </Box>
          )}
          <Text id={counterId} size="small" color={length > max ? 'color.text.danger' : 'color.text.subtlest'}>
            {length} / {max} characters
          </Text>
          {error && (
            <SectionMessage appearance="error" testId="request-changes-error">
              <Text as="p">{error}</Text>
            </SectionMessage>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button appearance="warning" isLoading={sending} onClick={() => void submit()} testId="request-changes-confirm">
          Request changes
        </Button>
      </ModalFooter>
    </Modal>
  );
}
