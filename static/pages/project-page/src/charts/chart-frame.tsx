/**
 * Where a chart goes: a fixed-height box that holds its place while the chart library loads (charts are
 * their own lazily loaded chunk, so the tab's figures and tables appear first), a title, and a sentence that
 * says what the chart shows for screen readers; the same numbers are always in a table beside it.
 */
import { Suspense, type ReactNode } from 'react';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { Loading } from '../../../../shared/ui/loading';

const frame = xcss({ width: '100%', minWidth: '0' });

interface Props {
  title: string;
  /** The chart in words: read instead of the picture by assistive technology. */
  summary: string;
  height: number;
  children: ReactNode;
  testId?: string;
}

export function ChartFrame({ title, summary, height, children, testId }: Props) {
  return (
    <Stack space="space.100">
      <Text weight="medium">{title}</Text>
      <Box xcss={frame} testId={testId} role="img" aria-label={`${title}. ${summary}`} style={{ height }}>
        <Suspense fallback={<Loading label={`Loading the chart "${title}"`} />}>{children}</Suspense>
      </Box>
    </Stack>
  );
}
