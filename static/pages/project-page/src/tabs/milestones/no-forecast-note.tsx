/** Why a version has no finish forecast, and what would give it one. */
import { Text } from '@atlaskit/primitives';
import type { MilestoneView, MilestonesView } from '../../project-page-api';

export function NoForecastNote({ version, basis }: { version: MilestoneView; basis: MilestonesView['basis'] }) {
  const why = version.forecast?.cannotFinish
    ? `No ${basis.unit} were finished in the ${basis.weeksSampled} weeks sampled, so no finish date can be forecast until the team completes work again.`
    : basis.weeksSampled === 0
      ? 'No forecast yet: it needs at least one closed sprint to learn the team\u2019s pace.'
      : 'No forecast for this version in the last snapshot. Refresh to make one.';
  return (
    <Text color="color.text.subtle" testId="no-forecast">
      {why}
    </Text>
  );
}
