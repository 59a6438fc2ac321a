/**
 * The Hours & budget tab: what the team logged, per person and week and per epic, against the project's hour
 * budget. The numbers come from the project snapshot (as of the time shown); weeks are ISO weeks in the
 * project's time zone, which the page names.
 */
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import { useProjectKey } from '../../common/use-project-key';
import { WeeklyReportButton } from '../../report/weekly-report-button';
import { SnapshotStatusLine } from '../../snapshot-status-line';
import type { TabProps } from '../../tab-ids';
import { useTabView } from '../../use-tab-view';
import { BudgetSection } from './budget-section';
import { EpicHoursSection } from './epic-hours-section';
import { HoursSummary } from './hours-summary';
import { PersonWeekSection } from './person-week-section';

export function HoursTab(_props: TabProps) {
  const { view, error, refresh, refreshError, reload } = useTabView('getHours', {});
  const projectKey = useProjectKey();

  if (!view) {
    return error ? <ErrorMessage title="Hours could not be loaded" message={error} onRetry={() => void reload()} /> : <Loading label="Loading the hours" />;
  }

  return (
    <Box testId="hours-tab">
      <Stack space="space.400">
        <Stack space="space.150">
          <Inline spread="space-between" alignBlock="start" shouldWrap space="space.200">
            <Stack space="space.050">
              <Text color="color.text.subtle">Hours logged on the project&apos;s tickets, per person, week and epic, against the hour budget.</Text>
              <Text size="small" color="color.text.subtlest" testId="time-zone-note">
                Weeks run Monday to Sunday in {view.timeZone}, the project&apos;s time zone (set in the project settings, Accord).
              </Text>
            </Stack>
            <WeeklyReportButton />
          </Inline>
          <SnapshotStatusLine status={view.status} onRefresh={refresh} refreshError={refreshError} />
          {error && <ErrorMessage title="The hours could not be read again" message={error} onRetry={() => void reload()} />}
        </Stack>
        <HoursSummary view={view} />
        <BudgetSection view={view} />
        <PersonWeekSection view={view} projectKey={projectKey} />
        <EpicHoursSection view={view} />
      </Stack>
    </Box>
  );
}
