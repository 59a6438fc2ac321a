/** Quoted text from someone else (feedback, evidence from the description), kept as plain text. */
import type { ReactNode } from 'react';
import { Box, Text, xcss } from '@atlaskit/primitives';

const quoteStyle = xcss({
  borderInlineStartWidth: 'border.width.selected',
  borderInlineStartStyle: 'solid',
  borderInlineStartColor: 'color.border',
  paddingInlineStart: 'space.100',
  marginBlock: 'space.0',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
});

export function Quote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Box xcss={quoteStyle} testId={testId}>
      <Text color="color.text.subtle">{children}</Text>
    </Box>
  );
}
