/** The chevron that opens and closes a row's details: a real button with aria-expanded and a spoken name. */
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import { Pressable, xcss } from '@atlaskit/primitives';

const toggle = xcss({
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
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
  ':active': { backgroundColor: 'color.background.neutral.subtle.pressed' },
});

interface Props {
  expanded: boolean;
  /** What opens, e.g. "the tickets of ACC-2 Invoices and payments". */
  what: string;
  onToggle: () => void;
  testId?: string;
}

export function ExpandToggle({ expanded, what, onToggle, testId }: Props) {
  const Icon = expanded ? ChevronDownIcon : ChevronRightIcon;
  return (
    <Pressable xcss={toggle} aria-expanded={expanded} aria-label={`${expanded ? 'Hide' : 'Show'} ${what}`} onClick={onToggle} testId={testId}>
      <Icon label="" color="currentColor" size="small" />
    </Pressable>
  );
}
