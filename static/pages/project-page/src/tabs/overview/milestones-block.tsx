/**
 * "Milestones": each unreleased version with its progress, its release date against the date it finishes
 * by with 85 % confidence (P85), and a flag when that is after the release date.
 */
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { daysBetween, formatDay } from '../../common/calendar-dates';
import type { OverviewView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';
import { ProgressMeter } from './progress-meter';

type Milestone = OverviewView['milestones'][number];

const list = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0' });

function outlook(m: Milestone): string {
  if (m.p85 === null) return 'No forecast yet';
  if (m.releaseDate === null) return `85 % sure by ${formatDay(m.p85)} · no release date`;
  const late = daysBetween(m.releaseDate, m.p85);
  const verdict = late > 0 ? `${late} day${late === 1 ? '' : 's'} after the release date` : 'on or before the release date';
  return `Release ${formatDay(m.releaseDate)} · 85 % sure by ${formatDay(m.p85)}, ${verdict}`;
}

function StatusLozenge({ m }: { m: Milestone }) {
  if (m.atRisk)
    return (
      <Lozenge appearance="removed" isBold testId="overview-milestone-at-risk">
        At risk
      </Lozenge>
    );
  if (m.releaseDate === null) return <Lozenge>No release date</Lozenge>;
  if (m.p85 === null) return <Lozenge>No forecast</Lozenge>;
  return <Lozenge appearance="success">On track</Lozenge>;
}

export function MilestonesBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  return (
    <OverviewBlock id="milestones" title="Milestones" tab="milestones" linkText="Open Milestones" openTab={openTab}>
      {view.milestones.length === 0 ? (
        <Text color="color.text.subtle">No unreleased versions. Plan a version in Jira to see its forecast here.</Text>
      ) : (
        <Box as="ul" xcss={list}>
          <Stack space="space.200">
            {view.milestones.map((m) => {
              const { pointsDone, pointsTotal, issuesDone, issuesTotal } = m.progress;
              const byPoints = pointsTotal > 0;
              const done = byPoints ? pointsDone : issuesDone;
              const total = byPoints ? pointsTotal : issuesTotal;
              return (
                <Box as="li" key={m.id} testId="overview-milestone">
                  <Stack space="space.075">
                    <Inline space="space.100" alignBlock="center" spread="space-between">
                      <Text weight="medium" testId="overview-milestone-name">
                        {m.name}
                      </Text>
                      <StatusLozenge m={m} />
                    </Inline>
                    <ProgressMeter done={done} total={total} tone={m.atRisk ? 'danger' : 'success'} label={`${done} of ${total} ${byPoints ? 'points' : 'issues'} done`} />
                    <Text size="small" color="color.text.subtle" testId="overview-milestone-outlook">
                      {`${done} of ${total} ${byPoints ? 'points' : 'issues'} done · ${outlook(m)}`}
                    </Text>
                  </Stack>
                </Box>
              );
            })}
          </Stack>
        </Box>
      )}
    </OverviewBlock>
  );
}
