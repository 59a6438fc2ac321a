/** A thin bar of done against total (a version's points, the budget used), with the same in words for screen readers. */
import { Box, xcss } from '@atlaskit/primitives';

export type MeterTone = 'brand' | 'success' | 'warning' | 'danger';

const track = xcss({ width: '100%', height: '0.375rem', borderRadius: 'radius.full', overflow: 'hidden', backgroundColor: 'color.background.neutral' });
const fill = xcss({ height: '100%' });
const tones = {
  brand: xcss({ backgroundColor: 'color.background.brand.bold' }),
  success: xcss({ backgroundColor: 'color.background.success.bold' }),
  warning: xcss({ backgroundColor: 'color.background.warning.bold' }),
  danger: xcss({ backgroundColor: 'color.background.danger.bold' }),
} satisfies Record<MeterTone, ReturnType<typeof xcss>>;

export function ProgressMeter({ done, total, tone = 'brand', label, testId }: { done: number; total: number; tone?: MeterTone; label: string; testId?: string }) {
  const percent = total > 0 ? Math.max(0, Math.min(100, (done / total) * 100)) : 0;
  return (
    <Box xcss={track} role="img" aria-label={label} testId={testId}>
      <Box xcss={[fill, tones[tone]]} style={{ width: `${percent}%` }} />
    </Box>
  );
}
