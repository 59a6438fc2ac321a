/**
 * A button that reads as a link ("12 tickets"): figures in tiles and tables open their evidence in place, so
 * they are buttons to assistive technology, but a PM should see at a glance that the number can be opened.
 */
import type { ReactNode } from 'react';
import { Pressable, xcss } from '@atlaskit/primitives';

const style = xcss({
  padding: 'space.0',
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.link',
  font: 'font.body',
  textAlign: 'start',
  borderRadius: 'radius.small',
  ':hover': { textDecoration: 'underline', color: 'color.link' },
  ':active': { color: 'color.link.pressed' },
});
const small = xcss({ font: 'font.body.small' });

interface Props {
  children: ReactNode;
  onClick: () => void;
  /** The accessible name, when the visible words need their context ("Added after start: 3 tickets…"). */
  label?: string;
  size?: 'small' | 'medium';
  isDisabled?: boolean;
  testId?: string;
}

export function LinkButton({ children, onClick, label, size = 'medium', isDisabled, testId }: Props) {
  return (
    <Pressable xcss={[style, size === 'small' && small]} onClick={onClick} aria-label={label} isDisabled={isDisabled} testId={testId}>
      {children}
    </Pressable>
  );
}
