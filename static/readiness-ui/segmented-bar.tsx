/** Ready versus not ready as one bar, with the same numbers in words for screen readers. */
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';

const track = xcss({
  display: 'flex',
  width: '100%',
  height: '0.5rem',
  borderRadius: 'radius.full',
  overflow: 'hidden',
  backgroundColor: 'color.background.neutral',
});
const readySegment = xcss({ backgroundColor: 'color.background.success.bold', height: '100%' });
const notReadySegment = xcss({ backgroundColor: 'color.background.danger.bold', height: '100%' });
const swatch = xcss({ width: '0.5rem', height: '0.5rem', borderRadius: 'radius.full', display: 'inline-block' });
const readySwatch = xcss({ backgroundColor: 'color.background.success.bold' });
const notReadySwatch = xcss({ backgroundColor: 'color.background.danger.bold' });

export function SegmentedBar({ ready, notReady }: { ready: number; notReady: number }) {
  const total = ready + notReady;
  const percent = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <Box>
      <Box xcss={track} role="img" aria-label={`${ready} of ${total} tickets ready, ${notReady} not ready`} testId="readiness-bar">
        <Box xcss={readySegment} style={{ width: `${percent(ready)}%` }} />
        <Box xcss={notReadySegment} style={{ width: `${percent(notReady)}%` }} />
      </Box>
      <Box paddingBlockStart="space.075" aria-hidden>
        <Inline space="space.200">
          <Inline space="space.075" alignBlock="center">
            <Box as="span" xcss={[swatch, readySwatch]} />
            <Text size="small" color="color.text.subtle">
              Ready
            </Text>
          </Inline>
          <Inline space="space.075" alignBlock="center">
            <Box as="span" xcss={[swatch, notReadySwatch]} />
            <Text size="small" color="color.text.subtle">
              Not ready
            </Text>
          </Inline>
        </Inline>
      </Box>
    </Box>
  );
}
