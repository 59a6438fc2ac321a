import { classifyGherkinLine, type StepKeyword } from './gherkin-lines';

export interface GherkinStep {
  readonly keyword: StepKeyword;
  readonly text: string;
}

export type CriterionKind = 'sentence' | 'scenario';

// "Given a cart, when I pay, then I get a receipt" on one line: split before When/Then only,
// because "and" inside a step ("a user and a project") is ordinary English.
const INLINE_SPLIT = /,?\s+(?=\b(?:when|then)\s)/iu;

/**
 * Lays a criterion out as Given/When/Then steps for the UI, or returns null when the text is
 * not a scenario. A scenario has at least two steps and starts with Given, When or Then.
 * Scenario/Feature/Examples headers, tags, comments and Examples tables are left out; a data
 * table or a wrapped line after a step is appended to that step on a new line.
 */
export function parseGherkin(text: string): GherkinStep[] | null {
  const steps: { keyword: StepKeyword; text: string }[] = [];
  let inExamples = false;
  for (const line of expandInlineScenario(text.split(/\r?\n/u))) {
    if (line.trim() === '') continue;
    const parsed = classifyGherkinLine(line);
    const previous = steps[steps.length - 1];
    if (parsed === null || parsed.kind === 'table') {
      if (inExamples && parsed?.kind === 'table') continue;
      if (previous === undefined || inExamples) return null;
      previous.text = `${previous.text}\n${line.trim()}`;
      continue;
    }
    if (parsed.kind === 'step') {
      inExamples = false;
      steps.push({ keyword: parsed.keyword, text: parsed.text });
    } else if (parsed.kind === 'examples') {
      inExamples = true;
    } else if (parsed.kind === 'scenario' || parsed.kind === 'feature') {
      inExamples = false;
    }
  }
  const first = steps[0];
  if (steps.length < 2 || first === undefined || first.keyword === 'And' || first.keyword === 'But') return null;
  return steps;
}

export function criterionKind(text: string): CriterionKind {
  return parseGherkin(text) === null ? 'sentence' : 'scenario';
}

function expandInlineScenario(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const trimmed = line.trim();
    if (!/^(?:given|when)\s/iu.test(trimmed) || !/\bthen\s/iu.test(trimmed)) return [line];
    return trimmed.split(INLINE_SPLIT);
  });
}
