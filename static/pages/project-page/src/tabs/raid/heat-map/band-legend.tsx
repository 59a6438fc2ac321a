/** What the heat map's colours mean: the score range of each band. */
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import { RISK_BANDS, riskBand, type RiskBand } from '../../../../../../../src/domain/raid/risk-band';
import { BAND_LABEL, SCALE } from '../../../common/raid-words';
import { BAND_FILL } from '../../../common/risk-band-styles';

/** The scores a band holds, from the scores two steps of 1–5 can make: "10–16". */
function range(band: RiskBand): string {
  const scores = SCALE.flatMap((a) => SCALE.map((b) => a * b)).filter((score) => riskBand(score) === band);
  return `${Math.min(...scores)}–${Math.max(...scores)}`;
}
const swatch = xcss({ width: '0.75rem', height: '0.75rem', borderRadius: 'radius.xsmall', display: 'inline-block' });

export function BandLegend() {
  return (
    <Inline space="space.200" shouldWrap aria-label="Score bands" role="list">
      {RISK_BANDS.map((band) => (
        <Inline key={band} space="space.075" alignBlock="center" role="listitem">
          <Box as="span" xcss={[swatch, BAND_FILL[band]]} />
          <Text size="small" color="color.text.subtle">
            {BAND_LABEL[band]} {range(band)}
          </Text>
        </Inline>
      ))}
    </Inline>
  );
}
