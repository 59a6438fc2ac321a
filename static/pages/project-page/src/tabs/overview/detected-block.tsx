/** "Detected risks": how many signals Accord found in Jira, the strongest few, each to review in the RAID tab. */
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { RiskScore } from '../../common/risk-score';
import type { OverviewView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';

const list = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0' });
const count = xcss({ font: 'font.heading.large' });
const grow = xcss({ flexGrow: 1, minWidth: '0' });
const meta = xcss({ flexShrink: 0, whiteSpace: 'nowrap' });

export function DetectedBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  const untracked = view.detected.filter((d) => d.trackedBy === null).length;
  return (
    <OverviewBlock id="detected" title="Detected risks" tab="raid" linkText="Review in RAID" openTab={openTab}>
      <Inline space="space.100" alignBlock="baseline">
        <Box xcss={count} testId="overview-detected-count">
          {view.detectedCount}
        </Box>
        <Text color="color.text.subtle">{view.detectedCount === 1 ? 'signal' : 'signals'} found in Jira data</Text>
      </Inline>
      {view.detected.length > 0 && (
        <Box as="ul" xcss={list}>
          <Stack space="space.100">
            {view.detected.map((d) => (
              <Box as="li" key={d.signalKey} testId="overview-detected">
                <Inline space="space.100" alignBlock="center">
                  <RiskScore score={d.proposedLikelihood * d.proposedImpact} />
                  <Box xcss={grow}>
                    <Text>{d.title}</Text>
                  </Box>
                  <Box xcss={meta}>
                    <Text size="small" color="color.text.subtlest">
                      {d.trackedBy ? `Tracked as ${d.trackedBy}` : 'Not in the register'}
                    </Text>
                  </Box>
                </Inline>
              </Box>
            ))}
          </Stack>
        </Box>
      )}
      {view.detected.length > 0 && (
        <Text size="small" color="color.text.subtle">
          {untracked > 0 ? `The strongest ${view.detected.length}; ${untracked} of them not yet in the register.` : `The strongest ${view.detected.length}, all tracked in the register.`}
        </Text>
      )}
    </OverviewBlock>
  );
}
