/** A risk's score (likelihood × impact, 1–25) coloured by its band: low, medium, high, critical. */
import Lozenge from '@atlaskit/lozenge';
import { Box, xcss } from '@atlaskit/primitives';
import { riskBand, type RiskBand } from '../../../../../src/domain/raid/risk-band';

type Appearance = 'success' | 'moved' | 'removed';

const BAND_STYLE: Readonly<Record<RiskBand, { appearance: Appearance; isBold: boolean; label: string }>> = {
  low: { appearance: 'success', isBold: false, label: 'Low' },
  medium: { appearance: 'moved', isBold: false, label: 'Medium' },
  high: { appearance: 'removed', isBold: false, label: 'High' },
  critical: { appearance: 'removed', isBold: true, label: 'Critical' },
};

// Never squeezed by a long title beside it: the score is what the row is about.
const keepWidth = xcss({ flexShrink: 0, display: 'inline-flex' });

export function RiskScoreLozenge({ score, testId }: { score: number; testId?: string }) {
  const band = BAND_STYLE[riskBand(score)];
  return (
    <Box as="span" xcss={keepWidth}>
      <Lozenge appearance={band.appearance} isBold={band.isBold} testId={testId}>
        {`${score} ${band.label}`}
      </Lozenge>
    </Box>
  );
}
