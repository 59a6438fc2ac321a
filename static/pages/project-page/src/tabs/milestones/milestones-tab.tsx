/**
 * The Milestones tab: the project's versions with progress and a Monte Carlo finish forecast (P50/P85/P95)
 * from the team's own throughput, the versions at risk flagged with a message to send, how each forecast
 * moved week by week and how often past P85 dates held; released versions folded away. One resolver call.
 */
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import type { MilestoneView } from '../../project-page-api';
import { SnapshotStatusLine } from '../../snapshot-status-line';
import type { TabProps } from '../../tab-ids';
import { useTabView } from '../../use-tab-view';
import { ForecastBasis } from './forecast-basis';
import { MilestoneTimeline } from './milestone-timeline';
import { ReleasedVersions } from './released-versions';
import { VersionCard } from './version-card';

/** Soonest release first; versions without a date after, by their likely finish. */
function byRelease(a: MilestoneView, b: MilestoneView): number {
  const key = (v: MilestoneView) => v.releaseDate ?? `~${v.forecast?.p50?.date ?? ''}`;
  // Code-point order: '~' (undated) sorts after every date, which a locale's collation would not promise.
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : a.name.localeCompare(b.name);
}

export function MilestonesTab(_props: TabProps) {
  const { view, error, reload, refresh, refreshError } = useTabView('getMilestones', {});

  if (!view) {
    return error ? <ErrorMessage title="Milestones could not be loaded" message={error} onRetry={() => void reload()} /> : <Loading label="Loading the milestones" />;
  }

  const unreleased = view.versions.filter((v) => !v.released).sort(byRelease);
  const released = view.versions.filter((v) => v.released).sort((a, b) => (b.releaseDate ?? '').localeCompare(a.releaseDate ?? ''));
  const atRisk = unreleased.filter((v) => v.atRisk).length;

  return (
    <Stack space="space.300" testId="milestones-tab">
      <Stack space="space.100">
        <Text color="color.text.subtle">When each version is likely to be done, from the team&apos;s own pace, and how far past forecasts could be trusted.</Text>
        <SnapshotStatusLine status={view.status} onRefresh={refresh} refreshError={refreshError} />
      </Stack>
      {error && <ErrorMessage title="That did not load" message={error} />}

      {view.versions.length === 0 ? (
        <EmptyState
          header={view.status.asOf === null ? 'No figures yet' : 'No versions yet'}
          description={
            view.status.asOf === null
              ? 'Milestones come from the project snapshot. Refresh to read Jira now; it takes a few seconds.'
              : 'Create a version in Jira\u2019s Releases and set fix versions on its tickets to see its progress and forecast here.'
          }
          headingLevel={2}
          testId="milestones-empty"
        />
      ) : (
        <>
          <ForecastBasis view={view} />
          {unreleased.length > 0 && (
            <Stack space="space.200">
              <Stack space="space.050">
                <Heading size="medium" as="h2">
                  Unreleased versions
                </Heading>
                <Text color="color.text.subtle" testId="milestones-headline">
                  {atRisk === 0 ? `${unreleased.length === 1 ? 'The version is' : `All ${unreleased.length} versions are`} on course for their release dates.` : `${atRisk} of ${unreleased.length} unreleased ${unreleased.length === 1 ? 'version' : 'versions'} ${atRisk === 1 ? 'is at risk of missing its release date' : 'are at risk of missing their release dates'}.`}
                </Text>
              </Stack>
              <MilestoneTimeline versions={unreleased} view={view} />
              {unreleased.map((version) => (
                <VersionCard key={version.id} version={version} view={view} />
              ))}
            </Stack>
          )}
          <ReleasedVersions versions={released} />
        </>
      )}
    </Stack>
  );
}
