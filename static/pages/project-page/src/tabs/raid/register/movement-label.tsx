/** How a risk moved since last week's snapshot: up (worse), down (better), the same, new, or closed. */
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { RaidItemView } from '../../../project-page-api';

export function MovementLabel({ movement }: { movement: RaidItemView['movement'] }) {
  switch (movement) {
    case 'up':
      return (
        <Inline space="space.050" alignBlock="center">
          <ArrowUpIcon label="" color={token('color.icon.danger')} size="small" />
          <Text color="color.text.danger">Up</Text>
        </Inline>
      );
    case 'down':
      return (
        <Inline space="space.050" alignBlock="center">
          <ArrowDownIcon label="" color={token('color.icon.success')} size="small" />
          <Text color="color.text.success">Down</Text>
        </Inline>
      );
    case 'same':
      return <Text color="color.text.subtle">Same</Text>;
    case 'new':
      return <Lozenge appearance="new">New</Lozenge>;
    case 'closed':
      return <Text color="color.text.subtle">Closed</Text>;
    case null:
      return <Text color="color.text.subtlest">—</Text>;
  }
}
