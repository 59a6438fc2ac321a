/**
 * The Scope tab: for the active sprint and every closed one, what was committed at the start, added, removed,
 * re-estimated, completed and not completed, in tickets and points, with the tickets and changelog entries
 * behind each number; velocity and scope churn sprint by sprint. One resolver call (getScope) per view.
 */
import EmptyState from '@atlaskit/empty-state';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import { Notice } from '../../../../../shared/ui/notice';
import type { ScopeView } from '../../project-page-api';
import { SnapshotStatusLine } from '../../snapshot-status-line';
import type { TabProps } from '../../tab-ids';
import { useTabView } from '../../use-tab-view';
import { ScopeSprintPicker } from './scope-sprint-picker';
import { SprintLedger, unitOf } from './sprint-ledger';
import { VelocitySection } from './velocity-section';

/** The picker offers the page's sprints, and the shown one when paging left it off the page. */
function pickable(view: ScopeView): ScopeView['sprints'] {
  const { ledger } = view;
  return ledger && !view.sprints.some((s) => s.id === ledger.id) ? [ledger, ...view.sprints] : view.sprints;
}

export function ScopeTab(_props: TabProps) {
  const { view, error, loading, reload, refresh, refreshError } = useTabView('getScope', {});

  if (!view) {
    return error ? <ErrorMessage title="Scope could not be loaded" message={error} onRetry={() => void reload()} /> : <Loading label="Loading the sprints' scope" />;
  }

  const choose = (sprintId: number) => void reload({ sprintId, page: view.page });
  const turnPage = (page: number) => void reload({ ...(view.ledger ? { sprintId: view.ledger.id } : {}), page });

  return (
    <Stack space="space.300" testId="scope-tab">
      <Stack space="space.100">
        <Text color="color.text.subtle">What each sprint promised at its start, what changed after it, and what it delivered, read from Jira&apos;s changelog with the sprint report&apos;s rules.</Text>
        <SnapshotStatusLine status={view.status} onRefresh={refresh} refreshError={refreshError} />
      </Stack>
      {error && <ErrorMessage title="That did not load" message={error} />}

      {view.sprints.length === 0 ? (
        <EmptyState
          header={view.status.asOf === null ? 'No figures yet' : 'No sprint has started yet'}
          description={
            view.status.asOf === null
              ? 'The scope ledger comes from the project snapshot. Refresh to read Jira now; it takes a few seconds.'
              : 'The ledger starts with the first sprint started on the project\u2019s scrum board.'
          }
          headingLevel={2}
          testId="scope-empty"
        />
      ) : (
        <>
          <Inline space="space.150" alignBlock="end" shouldWrap>
            <ScopeSprintPicker sprints={pickable(view)} selected={view.ledger?.id ?? null} isDisabled={loading} onChange={choose} />
            {loading && <Spinner size="medium" label="Loading the sprint" />}
          </Inline>
          {view.ledger ? (
            <SprintLedger ledger={view.ledger} />
          ) : (
            <Notice appearance="information" title="No ledger for this sprint">
              <p>This sprint is not in the last snapshot. Refresh to read it from Jira.</p>
            </Notice>
          )}
          <VelocitySection view={view} unit={unitOf(view.ledger)} busy={loading} onChoose={choose} onPage={turnPage} />
        </>
      )}
    </Stack>
  );
}
