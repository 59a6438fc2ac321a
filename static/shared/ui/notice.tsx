/**
 * A section message (error, warning, ...) loaded on first use. Pages show one only when something went
 * wrong, and SectionMessage brings IconButton, Tooltip and a positioning engine with it, so it stays out
 * of the first paint. Until its chunk arrives the same words show as plain text, announced as an alert.
 */
import { lazy, Suspense } from 'react';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { NoticeProps } from './notice-props';

export type { NoticeAction, NoticeProps } from './notice-props';

const NoticeSectionMessage = lazy(() => import('./notice-section-message'));

const fallbackStyle = xcss({ padding: 'space.200', borderRadius: 'radius.small', backgroundColor: 'color.background.neutral' });

function PlainNotice({ title, children, testId }: NoticeProps) {
  return (
    <Box xcss={fallbackStyle} testId={testId}>
      <Stack space="space.050">
        {title && <Text weight="bold">{title}</Text>}
        {children}
      </Stack>
    </Box>
  );
}

export function Notice(props: NoticeProps) {
  const urgent = props.appearance === 'error' || props.appearance === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'}>
      <Suspense fallback={<PlainNotice {...props} />}>
        <NoticeSectionMessage {...props} />
      </Suspense>
    </div>
  );
}
