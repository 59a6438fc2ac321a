/** A risk's score (likelihood × impact) as a small pill in its band's colour; the band is said in words too. */
import { Box, xcss } from '@atlaskit/primitives';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { riskBand } from '../../../../../src/domain/raid/risk-band';
import { BAND_LABEL } from './raid-words';
import { BAND_FILL } from './risk-band-styles';

const pill = xcss({
  display: 'inline-flex',
  justifyContent: 'center',
  minWidth: '2rem',
  paddingInline: 'space.075',
  borderRadius: 'radius.small',
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
});

interface Props {
  score: number;
  testId?: string;
}

export function RiskScore({ score, testId }: Props) {
  const band = riskBand(score);
  return (
    <Box as="span" xcss={[pill, BAND_FILL[band]]} testId={testId}>
      {score}
      <VisuallyHidden>{` (${BAND_LABEL[band].toLowerCase()})`}</VisuallyHidden>
    </Box>
  );
}
