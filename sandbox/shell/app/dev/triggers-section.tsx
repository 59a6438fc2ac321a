/** "Run now" for each scheduled trigger in manifest.yml, with the results of the last run. */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { errorMessages } from '../api/http';
import { runScheduledTriggers } from '../api/sandbox-api';
import type { ScheduledRunResult } from '../api/sandbox-types';
import { ErrorMessage } from '../components/error-message';
import { useSession } from '../session/session';
import { DrawerSection } from './drawer-section';

export function TriggersSection({ onRan }: { onRan: () => void }) {
  const { state } = useSession();
  const [running, setRunning] = useState<string | null>(null);
  const [results, setResults] = useState<ScheduledRunResult[]>([]);
  const [errors, setErrors] = useState<string[] | null>(null);

  const run = async (key: string) => {
    setRunning(key);
    try {
      setResults(await runScheduledTriggers(key));
      setErrors(null);
      onRan();
    } catch (error) {
      setErrors(errorMessages(error));
    } finally {
      setRunning(null);
    }
  };

  const triggers = state?.scheduledTriggers ?? [];
  return (
    <DrawerSection title="Scheduled triggers">
      {triggers.length === 0 ? <Text color="color.text.subtlest">manifest.yml declares no scheduled triggers.</Text> : null}
      {triggers.map((trigger) => (
        <Inline key={trigger.key} space="space.100" alignBlock="center" spread="space-between">
          <Text>
            {trigger.key} <Text color="color.text.subtlest">({trigger.interval})</Text>
          </Text>
          <Button spacing="compact" isLoading={running === trigger.key} isDisabled={running !== null} onClick={() => void run(trigger.key)} testId={`run-trigger-${trigger.key}`}>
            Run now
          </Button>
        </Inline>
      ))}
      {results.length ? (
        <Stack space="space.050" testId="trigger-results">
          {results.map((result, index) => (
            <Inline key={`${result.triggerKey}-${index}`} space="space.100" alignBlock="center">
              <Lozenge appearance={result.ok ? 'success' : 'removed'}>{result.ok ? 'Succeeded' : 'Failed'}</Lozenge>
              <Text>
                {result.triggerKey} in {Math.round(result.durationMs)} ms{result.error ? `: ${result.error}` : ''}
              </Text>
            </Inline>
          ))}
        </Stack>
      ) : null}
      <ErrorMessage title="The trigger could not run" messages={errors} />
    </DrawerSection>
  );
}
