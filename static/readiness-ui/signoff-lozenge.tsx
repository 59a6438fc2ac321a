/** The sign-off state of a ticket as the issue panel names it; a dash when nobody asked for one yet. */
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';

const STATES: Record<string, { text: string; appearance: ThemeAppearance }> = {
  pending: { text: 'Pending', appearance: 'inprogress' },
  approved: { text: 'Approved', appearance: 'success' },
  changes_requested: { text: 'Changes requested', appearance: 'removed' },
  stale: { text: 'Stale', appearance: 'moved' },
};

export function signoffText(state: string | null): string {
  if (state === null) return '';
  return STATES[state]?.text ?? state;
}

export function SignoffLozenge({ state }: { state: string | null }) {
  if (state === null) {
    return (
      <Text color="color.text.subtlest">
        <span aria-label="No sign-off">—</span>
      </Text>
    );
  }
  const known = STATES[state];
  return <Lozenge appearance={known?.appearance ?? 'default'}>{known?.text ?? state}</Lozenge>;
}
