/** One titled group of settings, separated from the next like Jira's settings pages. */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

const section = xcss({
  paddingBlockStart: 'space.300',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

interface Props {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}

export function SettingsSection({ id, title, description, children }: Props) {
  return (
    <Box as="section" xcss={section} aria-labelledby={`${id}-heading`} testId={`section-${id}`}>
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading size="small" as="h2" id={`${id}-heading`}>
            {title}
          </Heading>
          {description && <Text color="color.text.subtle">{description}</Text>}
        </Stack>
        {children}
      </Stack>
    </Box>
  );
}
