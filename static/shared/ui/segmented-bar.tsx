/** Parts of a whole as one bar with a legend; the same numbers in words (label) for screen readers. */
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';

/** The colours a segment may take (design tokens must be static, so each tone has its own style). */
export type SegmentTone = 'success' | 'danger' | 'brand' | 'warning' | 'neutral';

export interface Segment {
  label: string;
  value: number;
  tone: SegmentTone;
}

const track = xcss({
  display: 'flex',
  width: '100%',
  height: '0.5rem',
  borderRadius: 'radius.full',
  overflow: 'hidden',
  backgroundColor: 'color.background.neutral',
});
const toneColor = {
  success: xcss({ backgroundColor: 'color.background.success.bold' }),
  danger: xcss({ backgroundColor: 'color.background.danger.bold' }),
  brand: xcss({ backgroundColor: 'color.background.brand.bold' }),
  warning: xcss({ backgroundColor: 'color.background.warning.bold' }),
  neutral: xcss({ backgroundColor: 'color.background.accent.gray.subtler' }),
} satisfies Record<SegmentTone, ReturnType<typeof xcss>>;
const fill = xcss({ height: '100%' });
const swatch = xcss({ width: '0.5rem', height: '0.5rem', borderRadius: 'radius.full', display: 'inline-block' });

interface Props {
  segments: readonly Segment[];
  /** What the bar says, in words (it is one image to assistive technology). */
  label: string;
  testId?: string;
}

export function SegmentedBar({ segments, label, testId }: Props) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  const percent = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <Box>
      <Box xcss={track} role="img" aria-label={label} testId={testId}>
        {segments.map((segment) => (
          <Box key={segment.label} xcss={[fill, toneColor[segment.tone]]} style={{ width: `${percent(segment.value)}%` }} />
        ))}
      </Box>
      <Box paddingBlockStart="space.075" aria-hidden>
        <Inline space="space.200">
          {segments.map((segment) => (
            <Inline key={segment.label} space="space.075" alignBlock="center">
              <Box as="span" xcss={[swatch, toneColor[segment.tone]]} />
              <Text size="small" color="color.text.subtle">
                {segment.label}
              </Text>
            </Inline>
          ))}
        </Inline>
      </Box>
    </Box>
  );
}
