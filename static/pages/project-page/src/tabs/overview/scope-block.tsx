/** "Scope": the active sprint's goal, its commitment against what was added, removed and completed, and its churn. */
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import type { OverviewView } from '../../project-page-api';
import type { TabId } from '../../tab-ids';
import { OverviewBlock } from './overview-block';
import { ProgressMeter } from './progress-meter';

/** Churn above this share of the commitment is worth a word to the client. */
const HIGH_CHURN = 0.2;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ScopeBlock({ view, openTab }: { view: OverviewView; openTab: (tab: TabId) => void }) {
  const sprint = view.scope;
  // A board that counts issues has no points: its figures are tickets, said once.
  const unit = sprint?.estimate === 'issues' ? 'tickets' : 'points';
  const detail = (tickets: number) => (unit === 'points' ? `points · ${plural(tickets, 'ticket', 'tickets')}` : 'tickets');
  return (
    <OverviewBlock id="scope" title="Scope" tab="scope" linkText="Open Scope" openTab={openTab}>
      {sprint === null ? (
        <Text color="color.text.subtle">No active or closed sprint on the project&apos;s board yet.</Text>
      ) : (
        <Stack space="space.150">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text weight="medium" testId="overview-sprint-name">
              {sprint.name}
            </Text>
            <Lozenge appearance={sprint.state === 'active' ? 'inprogress' : 'default'}>{sprint.state === 'active' ? 'Active' : 'Closed'}</Lozenge>
            {sprint.churn !== null && (
              <Lozenge appearance={sprint.churn > HIGH_CHURN ? 'moved' : 'success'} testId="overview-churn">
                {`Churn ${Math.round(sprint.churn * 100)} %`}
              </Lozenge>
            )}
          </Inline>
          {sprint.goal !== null && (
            <Text color="color.text.subtle" testId="overview-sprint-goal">
              {`Goal: ${sprint.goal}`}
            </Text>
          )}
          <Inline space="space.150" shouldWrap>
            <StatTile label="Committed" value={String(sprint.points.committed)} detail={detail(sprint.counts.committed)} testId="overview-committed" />
            <StatTile label="Added" value={`+${sprint.points.added}`} detail={detail(sprint.counts.added)} testId="overview-added" />
            <StatTile label="Removed" value={`−${sprint.points.removed}`} detail={detail(sprint.counts.removed)} testId="overview-removed" />
            <StatTile label="Completed" value={String(sprint.points.completed)} detail={detail(sprint.counts.completed)} testId="overview-completed" />
          </Inline>
          <ProgressMeter
            done={sprint.points.completed}
            total={sprint.points.completed + sprint.points.notCompleted}
            tone="success"
            label={`${sprint.points.completed} of ${sprint.points.completed + sprint.points.notCompleted} ${unit} completed`}
          />
        </Stack>
      )}
    </OverviewBlock>
  );
}
