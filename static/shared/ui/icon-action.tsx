/**
 * A compact icon-only button for dense rows (criteria, verification toggles). Built on the ADS Pressable
 * primitive instead of IconButton because IconButton always pulls in Tooltip and its positioning engine
 * (about 20 KB gzipped), which a panel with many small buttons cannot afford; the label is the accessible
 * name and the native title gives sighted users the same hint.
 */
import { forwardRef, type ComponentType } from 'react';
import type { NewCoreIconProps } from '@atlaskit/icon/types';
import { Pressable, xcss } from '@atlaskit/primitives';

const base = xcss({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: '1.5rem',
  height: '1.5rem',
  padding: 'space.0',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.text.subtle',
  flexShrink: 0,
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered', color: 'color.text' },
  ':active': { backgroundColor: 'color.background.neutral.subtle.pressed' },
});

const tones = {
  neutral: xcss({ backgroundColor: 'color.background.selected', color: 'color.text.selected', ':hover': { backgroundColor: 'color.background.selected.hovered' } }),
  success: xcss({ backgroundColor: 'color.background.success.bold', color: 'color.text.inverse', ':hover': { backgroundColor: 'color.background.success.bold.hovered', color: 'color.text.inverse' } }),
  danger: xcss({ backgroundColor: 'color.background.danger.bold', color: 'color.text.inverse', ':hover': { backgroundColor: 'color.background.danger.bold.hovered', color: 'color.text.inverse' } }),
} as const;

export type IconActionTone = keyof typeof tones;

interface Props {
  icon: ComponentType<NewCoreIconProps>;
  label: string;
  /** Short hint shown on hover; defaults to the label. */
  hint?: string;
  /** For toggles: pressed or not (sets aria-pressed). Undefined for plain actions. */
  pressed?: boolean;
  /** For a button that shows and hides a region: whether it is shown (sets aria-expanded). */
  expanded?: boolean;
  /** Colour of the pressed state. */
  tone?: IconActionTone;
  isDisabled?: boolean;
  testId?: string;
  onClick?: () => void;
}

export const IconAction = forwardRef<HTMLButtonElement, Props>(function IconAction(
  { icon: Icon, label, hint, pressed, expanded, tone = 'neutral', isDisabled, testId, onClick },
  ref,
) {
  return (
    <Pressable
      ref={ref}
      xcss={[base, pressed === true && tones[tone]]}
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      title={hint ?? label}
      isDisabled={isDisabled}
      testId={testId}
      onClick={onClick}
    >
      <Icon label="" color="currentColor" size="small" />
    </Pressable>
  );
});
