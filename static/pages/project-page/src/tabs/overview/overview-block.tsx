/**
 * One card of the Overview: a heading, the figures, and a link to the tab that has the details. Cards are
 * sections named by their heading, so a screen reader lists them as landmarks.
 */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { TabId } from '../../tab-ids';
import { TabLink } from './tab-link';

const card = xcss({
  padding: 'space.200',
  borderRadius: 'radius.large',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface',
  minWidth: '0',
});

interface Props {
  id: string;
  title: string;
  tab: TabId;
  linkText: string;
  openTab: (tab: TabId) => void;
  children: ReactNode;
}

export function OverviewBlock({ id, title, tab, linkText, openTab, children }: Props) {
  return (
    <Box as="section" xcss={card} aria-labelledby={`${id}-heading`} testId={`overview-${id}`}>
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="baseline" space="space.100" shouldWrap>
          <Heading size="small" as="h2" id={`${id}-heading`}>
            {title}
          </Heading>
          <TabLink tab={tab} openTab={openTab} testId={`overview-link-${tab}`}>
            {linkText}
          </TabLink>
        </Inline>
        {children}
      </Stack>
    </Box>
  );
}
