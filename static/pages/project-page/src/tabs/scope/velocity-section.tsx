/**
 * "Velocity and scope churn": one page of sprints as a chart (oldest left, newest right) and a table of the
 * same numbers, the average of the closed ones, and paging through older sprints.
 */
import { lazy } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import ChevronLeftIcon from '@atlaskit/icon/core/chevron-left';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { downloadText } from '../../../../../shared/export/download';
import { ChartFrame } from '../../charts/chart-frame';
import type { ScopeView } from '../../project-page-api';
import { amountWithUnit, churnPercent, formatAmount, type Unit } from './ledger-steps';
import { scopeFileName, velocityCsv } from './scope-csv';
import { VelocityTable } from './velocity-table';

const VelocityChart = lazy(() => import('./velocity-chart'));

interface Props {
  view: ScopeView;
  unit: Unit;
  busy: boolean;
  onChoose: (sprintId: number) => void;
  onPage: (page: number) => void;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

export function VelocitySection({ view, unit, busy, onChoose, onPage }: Props) {
  const closed = view.sprints.filter((s) => s.state === 'closed');
  const figure = (s: ScopeView['sprints'][number]) => (unit === 'points' ? s.points : s.counts);
  const velocity = mean(closed.map((s) => figure(s).completed));
  const churn = mean(closed.flatMap((s) => (s.churn === null ? [] : [s.churn])));
  const oldestFirst = [...view.sprints].reverse();
  const points = oldestFirst.map((s) => ({ id: s.id, name: s.name, committed: figure(s).committed, completed: figure(s).completed, churn: churnPercent(s.churn) }));
  const average =
    velocity === null
      ? 'No closed sprint on this page yet.'
      : `The ${closed.length === 1 ? 'closed sprint' : `${closed.length} closed sprints`} shown completed ${amountWithUnit(velocity, unit)} on average, with ${churnPercent(churn) ?? 0}% scope churn.`;
  const summary = `${average} ${points.map((p) => `${p.name}: ${formatAmount(p.committed)} committed, ${formatAmount(p.completed)} completed${p.churn === null ? '' : `, ${p.churn}% churn`}`).join('; ')}.`;
  const exportCsv = () => downloadText(scopeFileName('velocity', `${oldestFirst[0]?.name ?? ''} to ${oldestFirst.at(-1)?.name ?? ''}`), velocityCsv(oldestFirst));
  const older = view.page + 1 < view.pages;
  const newer = view.page > 0;

  return (
    <Box as="section" aria-labelledby="velocity-heading" testId="velocity-section">
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Heading size="small" as="h2" id="velocity-heading">
            Velocity and scope churn
          </Heading>
          <Inline space="space.200" alignBlock="center" shouldWrap>
            {view.pages > 1 && (
              <Inline space="space.100" alignBlock="center" testId="velocity-paging">
                <Button iconBefore={ChevronLeftIcon} isDisabled={!older || busy} onClick={() => onPage(view.page + 1)} testId="velocity-older">
                  Older sprints
                </Button>
                <Text size="small" color="color.text.subtle">
                  Page {view.page + 1} of {view.pages}
                </Text>
                <Button iconAfter={ChevronRightIcon} isDisabled={!newer || busy} onClick={() => onPage(view.page - 1)} testId="velocity-newer">
                  Newer sprints
                </Button>
              </Inline>
            )}
            <Button onClick={exportCsv} testId="velocity-export">
              Export CSV
            </Button>
          </Inline>
        </Inline>
        <Text color="color.text.subtle" testId="velocity-average">
          {average} Churn is what was added and removed after the start, as a share of the commitment.
        </Text>
        <ChartFrame title={`Committed and completed ${unit} per sprint, with scope churn`} summary={summary} height={260} testId="velocity-chart">
          <VelocityChart points={points} unitLabel={unit} />
        </ChartFrame>
        <VelocityTable sprints={view.sprints} unit={unit} selected={view.ledger?.id ?? null} onChoose={onChoose} />
      </Stack>
    </Box>
  );
}
