/**
 * "As of 10:42 · Refresh": how fresh a tab's numbers are, whether a new snapshot is being made, why the last
 * one stopped, and the button that asks for one. Every snapshot tab shows it above its figures.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { SnapshotStatus } from '../../../../src/contract/project-page';

function asOfText(asOf: string | null): string {
  if (asOf === null) return 'No snapshot yet';
  const at = new Date(asOf);
  const sameDay = at.toDateString() === new Date().toDateString();
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return sameDay ? `As of ${time}` : `As of ${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

interface Props {
  status: SnapshotStatus;
  onRefresh: () => Promise<void>;
  refreshError: string | null;
}

export function SnapshotStatusLine({ status, onRefresh, refreshError }: Props) {
  const [asking, setAsking] = useState(false);
  const ask = async () => {
    setAsking(true);
    await onRefresh();
    setAsking(false);
  };
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId="snapshot-status">
      <Text size="small" color="color.text.subtle">
        <span role="status" aria-live="polite">
          {status.refreshing ? 'Reading Jira for new figures…' : asOfText(status.asOf)}
          {status.asOf === null && !status.refreshing ? ' · the first one is made within the hour, or now with Refresh' : ''}
        </span>
      </Text>
      {status.refreshing && <Spinner size="small" label="Refreshing" />}
      <Button appearance="subtle" spacing="compact" onClick={() => void ask()} isDisabled={status.refreshing || asking} testId="refresh-snapshot">
        Refresh
      </Button>
      {status.problem && (
        <Text size="small" color="color.text.warning" testId="snapshot-problem">
          The last refresh stopped: {status.problem}
        </Text>
      )}
      {refreshError && (
        <Text size="small" color="color.text.danger" testId="refresh-error">
          {refreshError}
        </Text>
      )}
    </Inline>
  );
}
