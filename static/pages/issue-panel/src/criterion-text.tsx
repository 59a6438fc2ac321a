/** A criterion's text: a plain sentence, or a Gherkin scenario laid out as steps. */
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { CriterionView, GherkinStepView } from '../../../../src/contract/issue-panel';

const stepStyle = xcss({ paddingInlineStart: 'space.200', marginBlock: 'space.0' });
const continuedStepStyle = xcss({ paddingInlineStart: 'space.400', marginBlock: 'space.0' });
const plainList = xcss({ listStyle: 'none', paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const preserveLines = xcss({ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' });

function Step({ step }: { step: GherkinStepView }) {
  const continued = step.keyword === 'And' || step.keyword === 'But';
  return (
    <Box as="li" xcss={continued ? continuedStepStyle : stepStyle}>
      <Text>
        <Text weight="bold" testId="step-keyword">{step.keyword}</Text> {step.text}
      </Text>
    </Box>
  );
}

/** A first line such as "Scenario: Login with a valid password" names the scenario. */
function scenarioTitle(text: string): string | null {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  const match = /^(scenario(?: outline)?|example)\s*:\s*(.*)$/i.exec(first);
  return match ? (match[2] ?? '') || null : null;
}

export function CriterionText({ criterion }: { criterion: CriterionView }) {
  if (!criterion.steps || criterion.steps.length === 0) {
    return (
      <Box xcss={preserveLines}>
        <Text>{criterion.text}</Text>
      </Box>
    );
  }
  const title = scenarioTitle(criterion.text);
  return (
    <Stack space="space.050">
      {title && <Text weight="medium">{title}</Text>}
      <Box as="ul" xcss={plainList} aria-label="Scenario steps" testId="scenario-steps">
        {criterion.steps.map((step, i) => (
          <Step key={i} step={step} />
        ))}
      </Box>
    </Stack>
  );
}
