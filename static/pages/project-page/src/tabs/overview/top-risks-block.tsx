/**
 * "Top risks": the open risks with the highest score (after responses where set), each opening the RAID
 * register, with how it moved since last week and the register's exposure.
 */
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { RiskScore } from '../../common/risk-score';
import type { OverviewView, RaidItemView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';
import { TabLink } from './tab-link';

const list = xcss({ listStyle: 'none', padding: 'space.0', margin: 'space.0' });
const grow = xcss({ flexGrow: 1, minWidth: '0' });
const meta = xcss({ flexShrink: 0, whiteSpace: 'nowrap' });

function currentScore(view: RaidItemView): number {
  return view.item.kind === 'risk' ? (view.item.residualScore ?? view.item.score) : 0;
}

function Movement({ movement }: { movement: RaidItemView['movement'] }) {
  if (movement === 'up') return <ArrowUpIcon label="Score up since last week" color={token('color.icon.danger')} size="small" />;
  if (movement === 'down') return <ArrowDownIcon label="Score down since last week" color={token('color.icon.success')} size="small" />;
  if (movement === 'new')
    return (
      <Text size="small" color="color.text.discovery">
        New
      </Text>
    );
  return null;
}

export function TopRisksBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  const risks = view.topRisks;
  return (
    <OverviewBlock id="top-risks" title="Top risks" tab="raid" linkText="Open the RAID register" openTab={openTab}>
      {risks.length === 0 ? (
        <Text color="color.text.subtle" testId="no-open-risks">
          No open risks in the register.{view.detectedCount > 0 ? ` ${view.detectedCount} detected risks wait for a decision.` : ''}
        </Text>
      ) : (
        <Box as="ul" xcss={list}>
          <Stack space="space.100">
            {risks.map((risk) => (
              <Box as="li" key={risk.item.id} testId="overview-risk">
                <Inline space="space.100" alignBlock="center">
                  <RiskScore score={currentScore(risk)} testId="overview-risk-score" />
                  <Box xcss={grow}>
                    <TabLink tab="raid" openTab={openTab}>{`${risk.label} ${risk.item.title}`}</TabLink>
                  </Box>
                  <Box xcss={meta}>
                    <Inline space="space.075" alignBlock="center">
                      <Movement movement={risk.movement} />
                      <Text size="small" color="color.text.subtlest">
                        {risk.owner?.displayName ?? 'No owner'}
                      </Text>
                    </Inline>
                  </Box>
                </Inline>
              </Box>
            ))}
          </Stack>
        </Box>
      )}
      <Text size="small" color="color.text.subtle" testId="overview-exposure">
        Exposure {view.exposure.inherent} before responses, {view.exposure.residual} after (the sum of open risks&apos; scores).
      </Text>
    </OverviewBlock>
  );
}
