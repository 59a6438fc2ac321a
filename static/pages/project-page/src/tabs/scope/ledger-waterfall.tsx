/** Where the waterfall chart goes: its frame, its sentence for screen readers, and the sum in words below it. */
import { lazy } from 'react';
import { Stack } from '@atlaskit/primitives';
import { ChartFrame } from '../../charts/chart-frame';
import type { SprintScopeSummary } from '../../project-page-api';
import { LedgerSum } from './ledger-sum';
import { amountWithUnit, signed, waterfall, type Unit } from './ledger-steps';

const LedgerWaterfallChart = lazy(() => import('./ledger-waterfall-chart'));

export function LedgerWaterfall({ sprint, unit }: { sprint: SprintScopeSummary; unit: Unit }) {
  const steps = waterfall(sprint, unit);
  const active = sprint.state === 'active';
  const changes = steps.steps
    .slice(1)
    .map((step) => `${signed(step.change)} ${step.label.toLowerCase()}`)
    .join(', ');
  const summary = `${sprint.name} started with ${amountWithUnit(steps.steps[0]?.size ?? 0, unit)} committed; ${changes}; ${active ? 'so far' : 'in the end'} ${amountWithUnit(steps.end.completed, unit)} completed and ${amountWithUnit(steps.end.notCompleted, unit)} not completed.`;
  return (
    <Stack space="space.100">
      <ChartFrame title={`From commitment to ${active ? 'now' : 'the end of the sprint'}, in ${unit}`} summary={summary} height={240} testId="ledger-waterfall">
        <LedgerWaterfallChart waterfall={steps} active={active} />
      </ChartFrame>
      <LedgerSum sprint={sprint} unit={unit} />
    </Stack>
  );
}
