/** The sign-off state of a ticket as a lozenge; a dash when nobody asked for one yet. */
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { SIGNOFF_STATES } from './signoff-names';

export function SignoffLozenge({ state }: { state: string | null }) {
  if (state === null) {
    return (
      <Text color="color.text.subtlest">
        <span aria-label="No sign-off">—</span>
      </Text>
    );
  }
  const known = SIGNOFF_STATES[state];
  return <Lozenge appearance={known?.tone ?? 'default'}>{known?.text ?? state}</Lozenge>;
}
