/** A polite live region: results of actions are read out without moving focus. */
import VisuallyHidden from '@atlaskit/visually-hidden';

export function Announcer({ message }: { message: string }) {
  return (
    <VisuallyHidden>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="panel-announcer">
        {message}
      </div>
    </VisuallyHidden>
  );
}
