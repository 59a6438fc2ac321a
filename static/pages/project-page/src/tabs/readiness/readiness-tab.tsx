/**
 * The Readiness tab: how ready the next sprint is, ticket by ticket with sign-off state.
 * Opening the tab only reads (scores as of now); "Check now" also stores the results on the issues.
 */
import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import { Notice } from '../../../../../shared/ui/notice';
import { CheckedNote } from '../../../../../shared/readiness/checked-note';
import { ReadinessOverview } from '../../../../../shared/readiness/readiness-overview';
import { useSprintReadiness } from '../../../../../shared/readiness/use-sprint-readiness';
import { SignoffSection } from './signoff-section';
import { SprintPicker } from './sprint-picker';
import type { TabProps } from '../../tab-ids';

export function ReadinessTab(_props: TabProps) {
  const { view, busy, error, loadedAt, load } = useSprintReadiness();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void load({ kind: 'read' });
  }, [load]);

  const sprintId = view?.sprint?.id;
  const checkNow = () => void load({ kind: 'check', sprintId });

  return (
    <Box testId="readiness-tab">
      <Stack space="space.300">
        <Text color="color.text.subtle">How ready the coming sprint is, and where sign-off stands, ticket by ticket.</Text>

        {!view && error && <ErrorMessage title="Readiness could not be loaded" message={error} onRetry={() => void load({ kind: 'read' })} />}
        {!view && !error && <Loading label="Loading the sprint's readiness" />}

        {view && (
          <>
            <Inline spread="space-between" alignBlock="end" shouldWrap space="space.200">
              <SprintPicker sprints={view.sprints} selected={view.sprint?.id ?? null} isDisabled={busy !== null} onChange={(id) => void load({ kind: 'read', sprintId: id })} />
              <Stack space="space.050" alignInline="end">
                <Button appearance="primary" onClick={checkNow} isLoading={busy?.kind === 'check'} isDisabled={!view.sprint || busy !== null} testId="check-now">
                  Check now
                </Button>
              </Stack>
            </Inline>
            {error && <ErrorMessage title="That did not work" message={error} />}
            {!view.sprint ? (
              <Notice appearance="information" title="No sprint to show">
                <p>This project has no active or future sprint on a scrum board. Plan a sprint to see its readiness here.</p>
              </Notice>
            ) : (
              <Stack space="space.400">
                <Stack space="space.100">
                  <Inline space="space.100" alignBlock="baseline" shouldWrap>
                    <Heading size="medium" as="h2" testId="sprint-name">
                      {view.sprint.name}
                    </Heading>
                    <CheckedNote view={view} at={loadedAt} />
                  </Inline>
                  <ReadinessOverview view={view} />
                </Stack>
                <SignoffSection view={view} />
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Box>
  );
}
