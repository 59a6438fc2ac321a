/**
 * "Check readiness" from a sprint's menu on the board: opening it is the request to check, so it checks
 * the sprint now (storing what changed) and shows the result, with "Check again" for after edits.
 */
import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { view as forgeView } from '@forge/bridge';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { Loading } from '../../../shared/ui/loading';
import { Notice } from '../../../shared/ui/notice';
import { CheckedNote } from '../../../shared/readiness/checked-note';
import { ReadinessOverview } from '../../../shared/readiness/readiness-overview';
import { ReadinessTable } from '../../../shared/readiness/readiness-table';
import { useSprintReadiness } from '../../../shared/readiness/use-sprint-readiness';

const page = xcss({ padding: 'space.050' });
const footer = xcss({
  paddingBlockStart: 'space.200',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

export function SprintAction() {
  const readiness = useSprintReadiness();
  const { view, busy, error, loadedAt, load } = readiness;
  const started = useRef(false);

  useEffect(() => {
    // StrictMode runs effects twice in development; the check must run once per opening.
    if (started.current) return;
    started.current = true;
    void load({ kind: 'check' });
  }, [load]);

  const checkAgain = () => void load({ kind: 'check' });
  const close = () => void forgeView.close().catch(() => undefined);

  if (!view) {
    if (error) return <ErrorMessage title="The sprint could not be checked" message={error} onRetry={checkAgain} />;
    return <Loading label="Checking the sprint's tickets" />;
  }

  return (
    <Box xcss={page} testId="sprint-action">
      <Stack space="space.300">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Stack space="space.050">
            <Heading size="small" as="h1" testId="sprint-name">
              {view.sprint ? view.sprint.name : 'No sprint to check'}
            </Heading>
            <CheckedNote view={view} at={loadedAt} />
          </Stack>
        </Inline>
        {error && <ErrorMessage title="The sprint could not be checked again" message={error} onRetry={checkAgain} />}
        {!view.sprint ? (
          <Notice appearance="information" title="Nothing to check">
            <p>This board has no active or future sprint.</p>
          </Notice>
        ) : (
          <>
            <ReadinessOverview view={view} />
            <Stack space="space.100">
              <Heading size="xsmall" as="h3">
                All tickets
              </Heading>
              <ReadinessTable tickets={view.tickets} threshold={view.threshold} label={`Readiness of the tickets in ${view.sprint.name}`} />
            </Stack>
          </>
        )}
        <Box xcss={footer}>
          <Inline space="space.100" alignInline="end">
            <Button appearance="subtle" onClick={close}>
              Close
            </Button>
            <Button appearance="primary" onClick={checkAgain} isLoading={busy !== null} testId="check-again">
              Check again
            </Button>
          </Inline>
        </Box>
      </Stack>
    </Box>
  );
}
