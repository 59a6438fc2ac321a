/** Recognises single lines of Gherkin; shared by `parseGherkin` and the description importer. */

export const STEP_KEYWORDS = ['Given', 'When', 'Then', 'And', 'But'] as const;
export type StepKeyword = (typeof STEP_KEYWORDS)[number];

export type GherkinLine =
  | { readonly kind: 'scenario'; readonly title: string } // Scenario / Scenario Outline / Example / Background
  | { readonly kind: 'feature' } // Feature / Rule: context, never a criterion of its own
  | { readonly kind: 'examples' }
  | { readonly kind: 'step'; readonly keyword: StepKeyword; readonly text: string }
  | { readonly kind: 'table' }
  | { readonly kind: 'decoration' }; // tags and comments

const SCENARIO = /^(?:scenario outline|scenario template|scenario|example|background)\s*:\s*(.*)$/iu;
const FEATURE = /^(?:feature|rule)\s*:/iu;
const EXAMPLES = /^(?:examples|scenarios)\s*:/iu;
// Keywords are matched in any case because people type "given ..." in Jira; a colon or comma
// straight after the keyword ("Given: ...") is tolerated.
const STEP = /^(given|when|then|and|but)\b[:,]?\s+(\S.*)$/iu;

export function classifyGherkinLine(line: string): GherkinLine | null {
  const text = line.trim();
  const scenario = SCENARIO.exec(text);
  if (scenario) return { kind: 'scenario', title: scenario[1] ?? '' };
  if (FEATURE.test(text)) return { kind: 'feature' };
  if (EXAMPLES.test(text)) return { kind: 'examples' };
  const step = STEP.exec(text);
  if (step) return { kind: 'step', keyword: stepKeyword(step[1] ?? ''), text: (step[2] ?? '').trim() };
  if (text.startsWith('|')) return { kind: 'table' };
  // Tag lines are only tags: "@Release Manager is notified" is a mention, not a tag.
  if (text.startsWith('#') || /^@\S+(?:\s+@\S+)*$/u.test(text)) return { kind: 'decoration' };
  return null;
}

function stepKeyword(word: string): StepKeyword {
  const normal = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return (STEP_KEYWORDS as readonly string[]).includes(normal) ? (normal as StepKeyword) : 'And';
}
