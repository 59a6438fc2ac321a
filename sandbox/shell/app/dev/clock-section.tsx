/** Sandbox time: now, speed (1x / 60x / 3600x) and advancing by an hour or a day. */
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { errorMessages } from '../api/http';
import { setClock } from '../api/sandbox-api';
import type { SandboxClockState } from '../api/sandbox-types';
import { ErrorMessage } from '../components/error-message';
import { useSession } from '../session/session';
import { DrawerSection } from './drawer-section';

const HOUR = 3_600_000;
const SPEEDS = [1, 60, 3600];

export function ClockSection({ onChanged }: { onChanged: () => void }) {
  const { state } = useSession();
  const [clock, setClockState] = useState<SandboxClockState | null>(state?.clock ?? null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);

  useEffect(() => {
    if (state?.clock) setClockState(state.clock);
  }, [state?.clock]);

  const change = async (request: { advanceMs?: number; speed?: number }) => {
    setBusy(true);
    try {
      setClockState(await setClock(request));
      setErrors(null);
      onChanged();
    } catch (error) {
      setErrors(errorMessages(error));
    } finally {
      setBusy(false);
    }
  };

  const now = clock ? new Date(clock.now) : null;
  return (
    <DrawerSection title="Clock">
      <Text testId="sandbox-clock-now">
        {now && !Number.isNaN(now.getTime()) ? `${now.toISOString().replace('T', ' ').slice(0, 16)} UTC` : 'Unknown'} · speed {clock?.speed ?? 1}x
      </Text>
      <Stack space="space.100">
        <Inline space="space.100" role="group" aria-label="Clock speed">
          {SPEEDS.map((speed) => (
            <Button key={speed} isSelected={clock?.speed === speed} isDisabled={busy} spacing="compact" onClick={() => void change({ speed })} testId={`clock-speed-${speed}`}>
              {speed}x
            </Button>
          ))}
        </Inline>
        <Inline space="space.100">
          <Button spacing="compact" isDisabled={busy} onClick={() => void change({ advanceMs: HOUR })} testId="clock-advance-hour">
            +1 hour
          </Button>
          <Button spacing="compact" isDisabled={busy} onClick={() => void change({ advanceMs: 24 * HOUR })} testId="clock-advance-day">
            +1 day
          </Button>
        </Inline>
      </Stack>
      <ErrorMessage title="The clock was not changed" messages={errors} />
    </DrawerSection>
  );
}
