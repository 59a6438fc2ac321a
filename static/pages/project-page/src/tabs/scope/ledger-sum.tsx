/**
 * The ledger's sum in words, in tickets and (when the board estimates) in points: what the sprint started
 * with and how it changed equals where it ended. The same numbers as the waterfall chart, for everyone.
 */
import { Stack, Text } from '@atlaskit/primitives';
import type { SprintScopeSummary } from '../../project-page-api';
import { figures, formatAmount, signed, type Unit } from './ledger-steps';

function sumLine(sprint: SprintScopeSummary, unit: Unit, active: boolean): string {
  const f = figures(sprint, unit);
  const reEstimated = unit === 'points' && f.reEstimated !== 0 ? ` ${signed(f.reEstimated).replace(/^([+−])/u, '$1 ')} re-estimated` : '';
  const open = active ? 'not completed yet' : 'not completed';
  return `${formatAmount(f.committed)} committed + ${formatAmount(f.added)} added − ${formatAmount(f.removed)} removed${reEstimated} = ${formatAmount(f.completed)} completed + ${formatAmount(f.notCompleted)} ${open}`;
}

export function LedgerSum({ sprint, unit }: { sprint: SprintScopeSummary; unit: Unit }) {
  const active = sprint.state === 'active';
  return (
    <Stack space="space.050" testId="ledger-sum">
      <Text size="small" color="color.text.subtle">
        <Text size="small" weight="medium">
          Tickets:
        </Text>{' '}
        <span data-testid="ledger-sum-tickets">{sumLine(sprint, 'tickets', active)}</span>
      </Text>
      {unit === 'points' && (
        <Text size="small" color="color.text.subtle">
          <Text size="small" weight="medium">
            Points:
          </Text>{' '}
          <span data-testid="ledger-sum-points">{sumLine(sprint, 'points', active)}</span>
        </Text>
      )}
    </Stack>
  );
}
