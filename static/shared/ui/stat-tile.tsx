/** One figure of the summary (e.g. "Not ready 9"), laid out like Jira's report cards. */
import type { ReactNode } from 'react';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

const tile = xcss({
  flexGrow: 1,
  flexBasis: '10rem',
  padding: 'space.150',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
});
const figure = xcss({ font: 'font.heading.large' });

interface Props {
  label: string;
  value: string;
  detail?: ReactNode;
  testId?: string;
}

export function StatTile({ label, value, detail, testId }: Props) {
  return (
    <Box xcss={tile} testId={testId}>
      <Stack space="space.050">
        <Text size="small" weight="medium" color="color.text.subtle">
          {label}
        </Text>
        <Box xcss={figure} testId={testId ? `${testId}-value` : undefined}>
          {value}
        </Box>
        {detail && (
          <Text size="small" color="color.text.subtlest">
            {detail}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
