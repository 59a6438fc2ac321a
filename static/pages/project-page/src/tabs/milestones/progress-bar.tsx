/** "7 of 24 issues done": a labelled bar of done against total, drawn with design tokens. */
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';

const track = xcss({ width: '100%', height: '0.5rem', borderRadius: 'radius.full', overflow: 'hidden', backgroundColor: 'color.background.neutral' });
const fill = xcss({ height: '100%', backgroundColor: 'color.background.success.bold' });

interface Props {
  done: number;
  total: number;
  /** "issues", "points". */
  unit: string;
  testId?: string;
}

export function ProgressBar({ done, total, unit, testId }: Props) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const words = `${done} of ${total} ${unit} done`;
  return (
    <Stack space="space.075" testId={testId}>
      <Inline spread="space-between" space="space.100">
        <Text size="small" testId={testId ? `${testId}-text` : undefined}>
          {words}
        </Text>
        <Text size="small" color="color.text.subtle">
          {percent}%
        </Text>
      </Inline>
      <Box xcss={track} role="progressbar" aria-label={words} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <Box xcss={fill} style={{ width: `${percent}%` }} />
      </Box>
    </Stack>
  );
}
