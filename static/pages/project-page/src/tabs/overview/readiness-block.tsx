/** "Next sprint": how many of its tickets are ready to start, as a bar and in words. */
import { Stack, Text } from '@atlaskit/primitives';
import { SegmentedBar } from '../../../../../shared/ui/segmented-bar';
import type { OverviewView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';

export function ReadinessBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  const r = view.readiness;
  const total = r ? r.ready + r.notReady : 0;
  return (
    <OverviewBlock id="readiness" title="Next sprint readiness" tab="readiness" linkText="Open Readiness" openTab={openTab}>
      {r === null || r.sprint === null ? (
        <Text color="color.text.subtle">No future sprint is planned on the project&apos;s board.</Text>
      ) : (
        <Stack space="space.150">
          <Text testId="overview-readiness-text">
            <strong>{r.sprint}</strong>: {r.ready} of {total} tickets ready to start, {r.notReady} not ready.
          </Text>
          {total > 0 && (
            <SegmentedBar
              segments={[
                { label: `Ready ${r.ready}`, value: r.ready, tone: 'success' },
                { label: `Not ready ${r.notReady}`, value: r.notReady, tone: 'danger' },
              ]}
              label={`${r.ready} of ${total} tickets ready, ${r.notReady} not ready`}
              testId="overview-readiness-bar"
            />
          )}
        </Stack>
      )}
    </OverviewBlock>
  );
}
