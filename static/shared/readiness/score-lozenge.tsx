/** A ticket's score, coloured against the project's threshold: at or above it green, near it yellow, far below red. */
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';

/** Points below the threshold that still count as "close" (worth fixing first). */
const NEAR = 20;

export function scoreAppearance(score: number, threshold: number): ThemeAppearance {
  if (score >= threshold) return 'success';
  if (score >= threshold - NEAR) return 'moved';
  return 'removed';
}

export function ScoreLozenge({ score, threshold }: { score: number; threshold: number }) {
  return (
    <Lozenge appearance={scoreAppearance(score, threshold)} testId="score-lozenge">
      {String(score)}
    </Lozenge>
  );
}
