/** The score the chosen likelihood and impact make, in its band's colour, said again whenever it changes. */
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { riskBand } from '../../../../../../../src/domain/raid/risk-band';
import { BAND_LABEL } from '../../../common/raid-words';
import { RiskScore } from '../../../common/risk-score';

const spacer = xcss({ paddingBlockStart: 'space.050' });

interface Props {
  label: string;
  likelihood: Scale | null;
  impact: Scale | null;
  testId?: string;
}

export function ScorePreview({ label, likelihood, impact, testId }: Props) {
  const score = likelihood !== null && impact !== null ? likelihood * impact : null;
  return (
    <Stack space="space.050">
      <Text weight="medium" size="small" color="color.text.subtle">
        {label}
      </Text>
      <Box xcss={spacer} aria-live="polite" testId={testId}>
        {score === null ? (
          <Text color="color.text.subtlest">—</Text>
        ) : (
          <Inline space="space.100" alignBlock="center">
            <RiskScore score={score} />
            <Text size="small">{BAND_LABEL[riskBand(score)]}</Text>
          </Inline>
        )}
      </Box>
    </Stack>
  );
}
