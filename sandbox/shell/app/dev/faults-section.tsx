/** Fault injection for the Jira emulator: latency, 429 (with or without Retry-After) and 503 for the next N requests. */
import { useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { errorMessages } from '../api/http';
import { setFaults } from '../api/sandbox-api';
import { ErrorMessage } from '../components/error-message';
import { useSession } from '../session/session';
import { DrawerSection } from './drawer-section';

function whole(value: string): number {
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
}

function NumberField({ label, value, onChange, testId }: { label: string; value: string; onChange: (value: string) => void; testId: string }) {
  return (
    <label style={{ display: 'grid', gridTemplateColumns: '1fr 96px', alignItems: 'center', gap: 8 }}>
      <Text>{label}</Text>
      <TextField type="number" min={0} value={value} onChange={(event) => onChange(event.currentTarget.value)} isCompact testId={testId} />
    </label>
  );
}

export function FaultsSection() {
  const { state } = useSession();
  const initial = state?.faults ?? {};
  const [latency, setLatency] = useState(String(initial.latencyMs ?? 0));
  const [rateLimit, setRateLimit] = useState(String(initial.rateLimitNext ?? 0));
  const [withRetryAfter, setWithRetryAfter] = useState(initial.retryAfterSeconds !== null && initial.retryAfterSeconds !== undefined);
  const [retryAfter, setRetryAfter] = useState(String(initial.retryAfterSeconds ?? 1));
  const [unavailable, setUnavailable] = useState(String(initial.unavailableNext ?? 0));
  const [pathPrefix, setPathPrefix] = useState(initial.pathPrefix ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setFaults({
        latencyMs: whole(latency),
        rateLimitNext: whole(rateLimit),
        retryAfterSeconds: withRetryAfter ? whole(retryAfter) : null,
        unavailableNext: whole(unavailable),
        pathPrefix: pathPrefix.trim() || null,
      });
      setErrors(null);
      setSaved('Faults applied.');
    } catch (error) {
      setSaved(null);
      setErrors(errorMessages(error));
    }
  };

  return (
    <DrawerSection title="Faults">
      <form onSubmit={(event) => void apply(event)} aria-label="Fault injection">
        <Stack space="space.100">
          <NumberField label="Latency per request (ms)" value={latency} onChange={setLatency} testId="fault-latency" />
          <NumberField label="Answer 429 to the next N requests" value={rateLimit} onChange={setRateLimit} testId="fault-rate-limit" />
          <Inline space="space.100" alignBlock="center">
            <Checkbox isChecked={withRetryAfter} onChange={(event) => setWithRetryAfter(event.currentTarget.checked)} label="Send Retry-After (seconds)" testId="fault-retry-after-enabled" />
            <div style={{ width: 96 }}>
              <TextField type="number" min={0} aria-label="Retry-After seconds" value={retryAfter} onChange={(event) => setRetryAfter(event.currentTarget.value)} isCompact isDisabled={!withRetryAfter} />
            </div>
          </Inline>
          <NumberField label="Answer 503 to the next N requests" value={unavailable} onChange={setUnavailable} testId="fault-unavailable" />
          <label style={{ display: 'grid', gridTemplateColumns: '1fr 180px', alignItems: 'center', gap: 8 }}>
            <Text>Only paths starting with</Text>
            <TextField value={pathPrefix} placeholder="/rest/api/3/" onChange={(event) => setPathPrefix(event.currentTarget.value)} isCompact />
          </label>
          <Inline space="space.100" alignBlock="center">
            <Button type="submit" appearance="primary" spacing="compact" testId="apply-faults">
              Apply faults
            </Button>
            {saved ? <Text color="color.text.success">{saved}</Text> : null}
          </Inline>
        </Stack>
      </form>
      <ErrorMessage title="The faults were not applied" messages={errors} />
    </DrawerSection>
  );
}
