/** "Checked at 10:42 · 3 results stored": what the last check did, announced politely. */
import { Text } from '@atlaskit/primitives';
import type { SprintReadinessView } from './readiness-api';

function storedText(written: number | null): string {
  if (written === null) return 'Scores as of now · "Check now" stores them on the issues';
  if (written === 0) return 'No results changed, nothing stored';
  return `${written} ${written === 1 ? 'result' : 'results'} stored`;
}

export function CheckedNote({ view, at }: { view: SprintReadinessView; at: Date | null }) {
  const time = at ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : null;
  return (
    <Text size="small" color="color.text.subtle" testId="checked-note">
      <span role="status">
        {view.written === null ? '' : time ? `Checked at ${time} · ` : ''}
        {storedText(view.written)}
      </span>
    </Text>
  );
}
