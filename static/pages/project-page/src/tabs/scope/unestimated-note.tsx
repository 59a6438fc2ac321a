/** Tickets of the sprint without an estimate: they count 0 points, so the points understate the work. */
import { Inline, Text } from '@atlaskit/primitives';
import { TicketLink } from '../../../../../shared/ui/ticket-link';

export function UnestimatedNote({ keys }: { keys: readonly string[] }) {
  if (keys.length === 0) {
    return (
      <Text size="small" color="color.text.subtle" testId="unestimated-note">
        Every ticket in the sprint is estimated.
      </Text>
    );
  }
  return (
    <Inline space="space.075" alignBlock="center" shouldWrap testId="unestimated-note">
      <Text size="small" color="color.text.warning">
        {keys.length === 1 ? '1 ticket has' : `${keys.length} tickets have`} no estimate and {keys.length === 1 ? 'counts' : 'count'} 0 points:
      </Text>
      {keys.map((key) => (
        <TicketLink key={key} issueKey={key} />
      ))}
    </Inline>
  );
}
