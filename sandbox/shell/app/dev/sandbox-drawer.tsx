/** The developer drawer: sandbox clock, scheduled triggers, fault injection and the invocation log. */
import { useEffect, useRef, useState } from 'react';
import Button, { IconButton } from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import CrossIcon from '@atlaskit/icon/core/cross';
import { Inline, Stack } from '@atlaskit/primitives';
import { ClockSection } from './clock-section';
import { FaultsSection } from './faults-section';
import { InvocationsSection } from './invocations-section';
import { TriggersSection } from './triggers-section';

export function SandboxDrawer({ onClose }: { onClose: () => void }) {
  const [logVersion, setLogVersion] = useState(0);
  const changed = () => setLogVersion((value) => value + 1);
  const drawerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    drawerRef.current?.focus();
  }, []);
  return (
    <aside
      id="sandbox-drawer"
      ref={drawerRef}
      tabIndex={-1}
      className="shell-drawer"
      aria-label="Sandbox controls"
      data-testid="sandbox-drawer"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Stack space="space.300">
        <Inline spread="space-between" alignBlock="center">
          <Heading size="small" as="h2">
            Sandbox
          </Heading>
          <IconButton appearance="subtle" icon={CrossIcon} label="Close sandbox controls" onClick={onClose} />
        </Inline>
        <ClockSection onChanged={changed} />
        <TriggersSection onRan={changed} />
        <FaultsSection />
        <InvocationsSection version={logVersion} />
        <Button appearance="subtle" onClick={onClose}>
          Close
        </Button>
      </Stack>
    </aside>
  );
}
