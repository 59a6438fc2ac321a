/** Label and value pairs (a description list), laid out in two columns like the details of a Jira issue. */
import { Fragment, type ReactNode } from 'react';
import { Box, Text, xcss } from '@atlaskit/primitives';

const list = xcss({
  display: 'grid',
  gridTemplateColumns: 'max-content minmax(0, 1fr) max-content minmax(0, 1fr)',
  columnGap: 'space.200',
  rowGap: 'space.100',
  alignItems: 'center',
  margin: 'space.0',
  padding: 'space.0',
});
const term = xcss({ margin: 'space.0', padding: 'space.0' });
const value = xcss({ margin: 'space.0', padding: 'space.0', minWidth: '0', overflowWrap: 'anywhere' });

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <Box as="dl" xcss={list}>
      {facts.map((fact) => (
        <Fragment key={fact.label}>
          <Box as="dt" xcss={term}>
            <Text size="small" weight="medium" color="color.text.subtle">
              {fact.label}
            </Text>
          </Box>
          <Box as="dd" xcss={value} testId={fact.testId}>
            {fact.value}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}
