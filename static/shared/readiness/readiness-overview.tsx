/** Summary, furthest tickets and most failing checks side by side: the top half of both readiness views. */
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { FailingChecks } from './failing-checks';
import { FurthestTickets } from './furthest-tickets';
import type { SprintReadinessView } from './readiness-api';
import { ReadinessSummary } from './readiness-summary';

const column = xcss({ flexGrow: 1, flexBasis: '18rem', minWidth: '0' });

export function ReadinessOverview({ view }: { view: SprintReadinessView }) {
  return (
    <Stack space="space.300">
      <ReadinessSummary view={view} />
      {view.summary.total > 0 && (
        <Inline space="space.400" shouldWrap alignBlock="start">
          <Box xcss={column}>
            <FurthestTickets tickets={view.summary.furthest} threshold={view.threshold} />
          </Box>
          <Box xcss={column}>
            <FailingChecks checks={view.summary.failingChecks} total={view.summary.total} />
          </Box>
        </Inline>
      )}
    </Stack>
  );
}
