/** The sign-off state of a ticket as a lozenge; a dash when nobody asked for one yet. */
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { signoffInfo } from './signoff-states';

export function SignoffLozenge({ state }: { state: string | null }) {
  if (state === null) {
    return (
      <Text color="color.text.subtlest">
        <span aria-label="No sign-off">—</span>
      </Text>
    );
  }
  const info = signoffInfo(state);
  return <Lozenge appearance={info.appearance}>{info.text}</Lozenge>;
}
