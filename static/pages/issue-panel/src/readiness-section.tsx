/** The readiness check's verdict for developers: score, ready or not, and each finding with its fix. */
import Heading from '@atlaskit/heading';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { FindingView, ReadinessView } from '../../../../src/contract/issue-panel';
import { Quote } from './quote';

const severityLozenge: Record<FindingView['severity'], { appearance: ThemeAppearance; text: string }> = {
  blocker: { appearance: 'removed', text: 'Blocker' },
  major: { appearance: 'moved', text: 'Major' },
  minor: { appearance: 'default', text: 'Minor' },
};

const noShrink = xcss({ flexShrink: 0 });
const findingsStyle = xcss({ paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const findingStyle = xcss({
  listStyle: 'none',
  paddingBlock: 'space.100',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

function Finding({ finding }: { finding: FindingView }) {
  const severity = severityLozenge[finding.severity];
  return (
    <Box as="li" xcss={findingStyle} testId="readiness-finding">
      <Stack space="space.075">
        <Inline space="space.100" alignBlock="start">
          <Box xcss={noShrink}>
            <Lozenge appearance={severity.appearance}>{severity.text}</Lozenge>
          </Box>
          <Text weight="medium">{finding.message}</Text>
        </Inline>
        {finding.evidence && <Quote>“{finding.evidence}”</Quote>}
        <Text size="small">
          <Text size="small" weight="bold">
            How to fix:
          </Text>{' '}
          {finding.fix}
        </Text>
      </Stack>
    </Box>
  );
}

export function ReadinessSection({ readiness }: { readiness: ReadinessView }) {
  const order = { blocker: 0, major: 1, minor: 2 } as const;
  const findings = [...readiness.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <Box as="section" aria-labelledby="readiness-heading" testId="readiness-section">
      <Stack space="space.100">
      <Inline spread="space-between" alignBlock="center" shouldWrap>
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h2" id="readiness-heading">
            Readiness
          </Heading>
          <Lozenge appearance={readiness.ready ? 'success' : 'removed'} isBold>
            {readiness.ready ? 'Ready' : 'Not ready'}
          </Lozenge>
        </Inline>
        <Text size="small" color="color.text.subtle" testId="readiness-score">
          Score {readiness.score} / 100 · ready from {readiness.threshold}
        </Text>
      </Inline>
      {findings.length === 0 ? (
        <Text color="color.text.subtle">Every readiness check passed.</Text>
      ) : (
        <Box as="ul" xcss={findingsStyle} aria-label="Readiness findings">
          {findings.map((finding, i) => (
            <Finding key={`${finding.check}-${i}`} finding={finding} />
          ))}
        </Box>
      )}
    </Stack>
    </Box>
  );
}
