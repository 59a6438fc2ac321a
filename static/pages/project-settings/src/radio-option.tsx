/**
 * One choice of a radio group, with what that choice needs (a number of days, a day and hour) shown under
 * it while it is chosen. A native radio input, coloured with the design system's selected colour.
 */
import type { ReactNode } from 'react';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';

const nested = xcss({ paddingInlineStart: 'space.300', paddingBlockStart: 'space.100' });
const described = xcss({ paddingInlineStart: 'space.300' });

interface Props {
  /** The group: one name per question. */
  name: string;
  id: string;
  checked: boolean;
  isDisabled: boolean;
  label: string;
  /** A line under the label on what the choice means. */
  description?: string;
  onSelect: () => void;
  children?: ReactNode;
}

export function RadioOption({ name, id, checked, isDisabled, label, description, onSelect, children }: Props) {
  return (
    <Stack space="space.0">
      <Inline space="space.100" alignBlock="center">
        <input
          type="radio"
          id={id}
          data-testid={id}
          name={name}
          checked={checked}
          disabled={isDisabled}
          onChange={onSelect}
          aria-describedby={description ? `${id}-description` : undefined}
          style={{ accentColor: token('color.background.selected.bold'), width: 16, height: 16, margin: 0 }}
        />
        <label htmlFor={id}>
          <Text weight="medium" color={isDisabled ? 'color.text.disabled' : 'color.text'}>
            {label}
          </Text>
        </label>
      </Inline>
      {description && (
        <Box xcss={described}>
          <Text size="small" color="color.text.subtle" id={`${id}-description`}>
            {description}
          </Text>
        </Box>
      )}
      {checked && children && <Box xcss={nested}>{children}</Box>}
    </Stack>
  );
}
