/**
 * The workflow controls: current status and one button per available transition. A transition a
 * validator blocks answers 400 with Jira's message; it is shown inline and as an error flag.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { errorMessages } from '../../api/http';
import { doTransition, getTransitions } from '../../api/jira-api';
import type { JiraStatus } from '../../api/jira-types';
import { ErrorMessage } from '../../components/error-message';
import { useFlags } from '../../components/flags';
import { StatusLozenge } from '../../components/status-lozenge';
import { useAsync } from '../../session/use-async';

export function TransitionBar({ issueKey, status, reloadKey, onTransitioned }: { issueKey: string; status: JiraStatus | undefined; reloadKey: string; onTransitioned: () => void }) {
  const transitions = useAsync(() => getTransitions(issueKey), [issueKey, reloadKey]);
  const [running, setRunning] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const { showFlag } = useFlags();

  const run = async (id: string, name: string) => {
    setRunning(id);
    setErrors(null);
    try {
      await doTransition(issueKey, id);
      showFlag({ type: 'success', title: `${issueKey} moved`, description: `Transition "${name}" done.` });
      onTransitioned();
    } catch (error) {
      const messages = errorMessages(error);
      setErrors(messages);
      showFlag({ type: 'error', title: `We couldn't transition ${issueKey}`, description: messages.join(' ') });
    } finally {
      setRunning(null);
    }
  };

  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap role="group" aria-label="Workflow">
        <StatusLozenge status={status} testId="issue-status" />
        {transitions.loading && !transitions.data ? <Spinner size="small" label="Loading transitions" /> : null}
        {transitions.data?.length ? (
          <Text size="small" color="color.text.subtlest">
            Move to
          </Text>
        ) : null}
        {transitions.data?.map((transition) => (
          <Button
            key={transition.id}
            spacing="compact"
            onClick={() => void run(transition.id, transition.name)}
            isLoading={running === transition.id}
            isDisabled={running !== null}
            testId={`transition-${transition.id}`}
          >
            {transition.name}
          </Button>
        ))}
      </Inline>
      <ErrorMessage title="The transition was blocked" messages={errors ?? transitions.error} testId="transition-error" />
    </Stack>
  );
}
