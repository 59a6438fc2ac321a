/** Where a version stands, in one word: at risk, on track, no release date, no forecast, released. */
import Lozenge from '@atlaskit/lozenge';
import type { MilestoneView } from '../../project-page-api';

export function versionStanding(version: MilestoneView): { text: string; appearance: 'removed' | 'success' | 'default' } {
  if (version.released) return { text: 'Released', appearance: 'success' };
  if (version.atRisk) return { text: 'At risk', appearance: 'removed' };
  if (!version.forecast || version.forecast.cannotFinish) return { text: 'No forecast', appearance: 'default' };
  if (version.releaseDate === null) return { text: 'No release date', appearance: 'default' };
  return { text: 'On track', appearance: 'success' };
}

export function VersionLozenge({ version }: { version: MilestoneView }) {
  const standing = versionStanding(version);
  return (
    <Lozenge appearance={standing.appearance} isBold={standing.appearance === 'removed'} testId="version-lozenge">
      {standing.text}
    </Lozenge>
  );
}
