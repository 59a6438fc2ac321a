/** Someone else saved first: say so, show their version, and offer to put the user's change on top. */
import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { Notice } from '../../../shared/ui/notice';
import type { PanelChange } from './panel-change';

const isSignOff = (change: PanelChange) => change.kind === 'approve' || change.kind === 'request-changes';

interface Props {
  change: PanelChange;
  busy: boolean;
  onReapply: () => void;
  onDismiss: () => void;
}

export function ConflictMessage({ change, busy, onReapply, onDismiss }: Props) {
  return (
    <Notice appearance="warning" title="These criteria changed" testId="conflict-message">
      <Stack space="space.100">
        <Text as="p">
        {isSignOff(change)
          ? 'Someone else changed these criteria while you were deciding. The panel now shows their version; review it before you sign off.'
          : 'Someone else changed these criteria while you were editing. The panel now shows their version.'}
      </Text>
      <Inline space="space.100">
        <Button appearance="primary" spacing="compact" isDisabled={busy} onClick={onReapply} testId="reapply-change">
          {isSignOff(change) ? 'Review and decide again' : 'Reapply my change'}
        </Button>
        <Button appearance="subtle" spacing="compact" onClick={onDismiss}>
          Keep their version
        </Button>
      </Inline>
      </Stack>
    </Notice>
  );
}
