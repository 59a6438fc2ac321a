/**
 * The velocity chart's numbers, one row per sprint of the page (newest first): every ledger figure in the
 * board's unit with its ticket count, and the churn. A sprint's name opens its ledger above.
 */
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { SprintScopeSummary } from '../../project-page-api';
import { churnPercent, figures, formatAmount, signed, type Unit } from './ledger-steps';
import { LinkButton } from './link-button';
import { sprintSpan } from './sprint-dates';

interface Props {
  sprints: readonly SprintScopeSummary[];
  unit: Unit;
  selected: number | null;
  onChoose: (sprintId: number) => void;
}

function Figure({ value, tickets }: { value: string; tickets: number }) {
  return (
    <Stack space="space.0">
      <Text>{value}</Text>
      <Text size="small" color="color.text.subtlest">
        {tickets === 1 ? '1 ticket' : `${tickets} tickets`}
      </Text>
    </Stack>
  );
}

export function VelocityTable({ sprints, unit, selected, onChoose }: Props) {
  const unitWord = unit === 'points' ? 'points' : 'tickets';
  const head: HeadType = {
    cells: [
      { key: 'sprint', content: 'Sprint', width: 17 },
      { key: 'dates', content: 'Dates', width: 13 },
      { key: 'committed', content: `Committed (${unitWord})`, width: 10 },
      { key: 'added', content: 'Added', width: 8 },
      { key: 'removed', content: 'Removed', width: 8 },
      { key: 'reEstimated', content: 'Re-estimated', width: 10 },
      { key: 'completed', content: 'Completed', width: 10 },
      { key: 'notCompleted', content: 'Not completed', width: 11 },
      { key: 'churn', content: 'Churn', width: 8 },
    ],
  };
  const rows: RowType[] = sprints.map((sprint) => {
    const f = figures(sprint, unit);
    const churn = churnPercent(sprint.churn);
    return {
      key: String(sprint.id),
      testId: 'velocity-row',
      cells: [
        {
          key: 'sprint',
          content: (
            <Inline space="space.050" alignBlock="center" shouldWrap>
              {sprint.id === selected ? (
                <Text weight="bold" testId="velocity-sprint">
                  <span aria-current="true">{sprint.name}</span>
                </Text>
              ) : (
                <LinkButton onClick={() => onChoose(sprint.id)} label={`Show the ledger of ${sprint.name}`} testId="velocity-sprint">
                  {sprint.name}
                </LinkButton>
              )}
              {sprint.state === 'active' && <Lozenge appearance="inprogress">Active</Lozenge>}
            </Inline>
          ),
        },
        { key: 'dates', content: sprintSpan(sprint) },
        { key: 'committed', content: <Figure value={formatAmount(f.committed)} tickets={sprint.counts.committed} /> },
        { key: 'added', content: <Figure value={signed(f.added)} tickets={sprint.counts.added} /> },
        { key: 'removed', content: <Figure value={signed(-f.removed)} tickets={sprint.counts.removed} /> },
        { key: 'reEstimated', content: <Figure value={signed(f.reEstimated)} tickets={sprint.counts.reEstimated} /> },
        { key: 'completed', content: <Figure value={formatAmount(f.completed)} tickets={sprint.counts.completed} /> },
        { key: 'notCompleted', content: <Figure value={formatAmount(f.notCompleted)} tickets={sprint.counts.notCompleted} /> },
        { key: 'churn', content: churn === null ? <Text color="color.text.subtlest">—</Text> : `${churn}%` },
      ],
    };
  });
  return (
    <div data-testid="velocity-table">
      <DynamicTable label="Velocity and scope churn per sprint" head={head} rows={rows} />
    </div>
  );
}
