/**
 * The Overview: in one screen what a project manager tells the client this week: the top risks, the
 * milestones' outlook, hours against the budget, the active sprint's scope, what Accord detected and the
 * next sprint's readiness; each block opens its tab. No chart library here, so it is the page's fast start.
 */
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import { WeeklyReportButton } from '../../report/weekly-report-button';
import { SnapshotStatusLine } from '../../snapshot-status-line';
import type { TabProps } from '../../tab-ids';
import { useTabView } from '../../use-tab-view';
import { DetectedBlock } from './detected-block';
import { HoursBlock } from './hours-block';
import { MilestonesBlock } from './milestones-block';
import { ReadinessBlock } from './readiness-block';
import { ScopeBlock } from './scope-block';
import { TopRisksBlock } from './top-risks-block';

const grid = xcss({ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(26rem, 1fr))', gap: 'space.200', alignItems: 'start' });

export function OverviewTab({ openTab }: TabProps) {
  const { view, error, refresh, refreshError, reload } = useTabView('getOverview', {});

  if (!view) {
    return error ? <ErrorMessage title="The overview could not be loaded" message={error} onRetry={() => void reload()} /> : <Loading label="Loading the overview" />;
  }

  return (
    <Box testId="overview-tab">
      <Stack space="space.300">
        <Stack space="space.150">
          <Inline spread="space-between" alignBlock="start" shouldWrap space="space.200">
            <Text color="color.text.subtle">
              {view.project.name} ({view.project.key}) this week: risks, milestones, hours, scope and readiness, each with its details one click away.
            </Text>
            <WeeklyReportButton appearance="primary" />
          </Inline>
          <SnapshotStatusLine status={view.status} onRefresh={refresh} refreshError={refreshError} />
          {error && <ErrorMessage title="The overview could not be read again" message={error} onRetry={() => void reload()} />}
        </Stack>
        <Box xcss={grid}>
          <TopRisksBlock view={view} openTab={openTab} />
          <MilestonesBlock view={view} openTab={openTab} />
          <HoursBlock view={view} openTab={openTab} />
          <ScopeBlock view={view} openTab={openTab} />
          <DetectedBlock view={view} openTab={openTab} />
          <ReadinessBlock view={view} openTab={openTab} />
        </Box>
      </Stack>
    </Box>
  );
}
