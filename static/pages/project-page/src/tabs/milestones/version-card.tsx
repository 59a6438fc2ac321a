/**
 * One unreleased version: where it stands, its release date, progress in issues and points, the P50/P85/P95
 * finish dates with the chance of making the release, the message to send when it is at risk, how the
 * forecast moved week by week, and its open tickets.
 */
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { daysBetween, formatDay, relativeDays } from '../../common/calendar-dates';
import type { MilestoneView, MilestonesView } from '../../project-page-api';
import { AtRiskMessage } from './at-risk-message';
import { ForecastFigures } from './forecast-figures';
import { ForecastHistory } from './forecast-history';
import { atRiskMessage, workAmount } from './forecast-words';
import { NoForecastNote } from './no-forecast-note';
import { OpenTickets } from './open-tickets';
import { ProgressBar } from './progress-bar';
import { VersionLozenge } from './version-lozenge';

const card = xcss({
  padding: 'space.250',
  borderRadius: 'radius.large',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface',
});
const progress = xcss({ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: 'space.300' });

function releaseWords(version: MilestoneView, today: string): string {
  if (version.releaseDate === null) return 'No release date set';
  return `Release ${formatDay(version.releaseDate)} · ${relativeDays(daysBetween(today, version.releaseDate))}`;
}

interface Props {
  version: MilestoneView;
  view: MilestonesView;
}

export function VersionCard({ version, view }: Props) {
  const message = atRiskMessage(version, view.basis, view.today);
  const headingId = `version-${version.id}-heading`;
  return (
    <Box as="section" xcss={card} aria-labelledby={headingId} testId="version-card">
      <Stack space="space.250">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Inline space="space.100" alignBlock="center">
            <Heading size="small" as="h3" id={headingId} testId="version-name">
              {version.name}
            </Heading>
            <VersionLozenge version={version} />
          </Inline>
          <Text color="color.text.subtle" testId="version-release">
            {releaseWords(version, view.today)}
          </Text>
        </Inline>
        {message && <AtRiskMessage message={message} />}
        <Box xcss={progress}>
          <ProgressBar done={version.progress.issuesDone} total={version.progress.issuesTotal} unit="issues" testId="progress-issues" />
          <ProgressBar done={version.progress.pointsDone} total={version.progress.pointsTotal} unit="points" testId="progress-points" />
        </Box>
        {version.forecast && !version.forecast.cannotFinish ? (
          <Stack space="space.100">
            <ForecastFigures version={version} today={view.today} trials={view.basis.trials} />
            {version.workAhead > 0 && (
              <Text size="small" color="color.text.subtle" testId="work-ahead">
                Forecast after the {workAmount(version.workAhead, view.basis.unit)} still open in the versions before it, which the team delivers first.
              </Text>
            )}
          </Stack>
        ) : (
          <NoForecastNote version={version} basis={view.basis} />
        )}
        <ForecastHistory version={version} />
        <OpenTickets version={version} />
      </Stack>
    </Box>
  );
}
