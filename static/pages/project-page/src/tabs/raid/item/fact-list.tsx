/** Label and value pairs (a description list), laid out in columns like the details of a Jira issue. */
import type { ReactNode } from 'react';
import { Box, Grid, Text, xcss } from '@atlaskit/primitives';

const list = xcss({ margin: 'space.0' });
const term = xcss({ margin: 'space.0' });
const value = xcss({ margin: 'space.0', minWidth: '0', overflowWrap: 'anywhere' });
// A dt/dd pair in a div (valid in a dl) that does not break the grid.
const pair = xcss({ display: 'contents' });

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <Box as="dl" xcss={list}>
      <Grid templateColumns="minmax(8rem, max-content) minmax(0, 1fr) minmax(8rem, max-content) minmax(0, 1fr)" columnGap="space.200" rowGap="space.100" alignItems="center">
        {facts.map((fact) => (
          <Box key={fact.label} xcss={pair}>
            <Box as="dt" xcss={term}>
              <Text size="small" weight="medium" color="color.text.subtle">
                {fact.label}
              </Text>
            </Box>
            <Box as="dd" xcss={value} testId={fact.testId}>
              {fact.value}
            </Box>
          </Box>
        ))}
      </Grid>
    </Box>
  );
}
