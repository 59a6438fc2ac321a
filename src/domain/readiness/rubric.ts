import { z } from 'zod';
import { CHECK_IDS, SEVERITIES, type CheckId, type Severity } from './types';

/** How one check counts: whether it runs, how many points a finding costs, and how serious it is. */
export interface CheckRule {
  enabled: boolean;
  /** Points taken from 100 when the check finds anything (counted once per check). */
  weight: number;
  severity: Severity;
}

/** A project's Definition of Ready. */
export interface Rubric {
  checks: Record<CheckId, CheckRule>;
  /** Minimum score (0..100) for a ticket to be ready. */
  threshold: number;
  /** Words and phrases that make a requirement vague or unmeasurable (case-insensitive, whole words). */
  vagueTerms: string[];
  /** Issue types that must be written as user stories (story.* checks apply only to them). */
  storyIssueTypes: string[];
  /** Fewer characters of description text than this is too little to start work from. */
  minDescriptionLength: number;
  /** Link names (from the checked ticket's side) that mean "this ticket waits for that one". */
  blockingRelations: string[];
}

const DEFAULT_CHECKS: Record<CheckId, CheckRule> = {
  'description.missing': { enabled: true, weight: 40, severity: 'blocker' },
  'description.placeholder': { enabled: true, weight: 25, severity: 'major' },
  'description.too-short': { enabled: true, weight: 15, severity: 'major' },
  'summary.vague': { enabled: true, weight: 5, severity: 'minor' },
  'story.format': { enabled: true, weight: 15, severity: 'major' },
  'story.atomic': { enabled: true, weight: 10, severity: 'minor' },
  'story.minimal': { enabled: true, weight: 5, severity: 'minor' },
  'story.observable': { enabled: true, weight: 5, severity: 'minor' },
  'text.vague': { enabled: true, weight: 10, severity: 'minor' },
  // A Definition of Ready asks for acceptance criteria before work starts: without any, a ticket is not
  // ready whatever else it has (as a major finding it cost 25 of the 30 points of slack and still passed).
  'ac.missing': { enabled: true, weight: 25, severity: 'blocker' },
  'ac.untestable': { enabled: true, weight: 10, severity: 'minor' },
  'estimate.missing': { enabled: true, weight: 15, severity: 'major' },
  // Jira always sets a priority unless the field is removed from the screen, so this is opt-in.
  'priority.missing': { enabled: false, weight: 5, severity: 'minor' },
  'blockers.open': { enabled: true, weight: 30, severity: 'blocker' },
};

export const DEFAULT_VAGUE_TERMS: readonly string[] = [
  'fast', 'faster', 'quick', 'quickly', 'user-friendly', 'user friendly', 'easy', 'easily', 'easy to use',
  'intuitive', 'intuitively', 'flexible', 'robust', 'simple', 'simply', 'efficient', 'efficiently', 'seamless',
  'seamlessly', 'scalable', 'reliable', 'performant', 'responsive', 'modern', 'nice', 'better', 'improved',
  'enhanced', 'optimal', 'optimized', 'appropriate', 'appropriately', 'adequate', 'reasonable',
  'sufficient', 'acceptable', 'normally', 'usually', 'often', 'sometimes', 'as needed',
  'as appropriate', 'as required', 'if possible', 'if needed', 'where possible', 'as soon as possible',
  'as much as possible', 'etc', 'etc.', 'and so on', 'some', 'several', 'many', 'few', 'a lot', 'various',
  'approximately', 'about right', 'and/or', 'tbd', 'state of the art', 'state-of-the-art', 'best practice',
  'high quality', 'properly', 'correctly',
];

export const defaultRubric: Readonly<Rubric> = deepFreeze({
  checks: DEFAULT_CHECKS,
  threshold: 70,
  vagueTerms: [...DEFAULT_VAGUE_TERMS],
  storyIssueTypes: ['Story'],
  minDescriptionLength: 60,
  blockingRelations: ['is blocked by'],
});

// Terms are matched from a word start, so they must begin with a letter or digit.
const term = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9]/, 'a vague term must start with a letter or digit');
const name = z.string().trim().min(1).max(100);
const checkRuleSchema = z.strictObject({
  enabled: z.boolean(),
  weight: z.int().min(0).max(100),
  severity: z.enum(SEVERITIES),
});

/** A complete rubric as stored: every check present, lists bounded so one rubric cannot grow without limit. */
export const rubricSchema = z.strictObject({
  checks: z.record(z.enum(CHECK_IDS), checkRuleSchema),
  threshold: z.int().min(0).max(100),
  vagueTerms: z.array(term).max(300),
  storyIssueTypes: z.array(name).max(50),
  minDescriptionLength: z.int().min(0).max(10_000),
  blockingRelations: z.array(name).max(20),
});

/** What a settings form or stored document may send: any subset, merged over the defaults. */
export const rubricInputSchema = z.strictObject({
  checks: z.partialRecord(z.enum(CHECK_IDS), checkRuleSchema.partial()).optional(),
  threshold: rubricSchema.shape.threshold.optional(),
  vagueTerms: rubricSchema.shape.vagueTerms.optional(),
  storyIssueTypes: rubricSchema.shape.storyIssueTypes.optional(),
  minDescriptionLength: rubricSchema.shape.minDescriptionLength.optional(),
  blockingRelations: rubricSchema.shape.blockingRelations.optional(),
});
export type RubricInput = z.infer<typeof rubricInputSchema>;

export type ParseRubricResult = { ok: true; rubric: Rubric } | { ok: false; error: string };

/**
 * Validates a stored or submitted rubric and fills what it leaves out from `defaultRubric`.
 * `undefined` and `null` mean "no configuration": the defaults. Never throws.
 */
export function parseRubric(input: unknown): ParseRubricResult {
  if (input === undefined || input === null) return { ok: true, rubric: cloneRubric(defaultRubric) };
  const parsed = rubricInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: `Invalid rubric: ${z.prettifyError(parsed.error)}` };
  const given = parsed.data;
  const checks = {} as Record<CheckId, CheckRule>;
  for (const id of CHECK_IDS) checks[id] = { ...defaultRubric.checks[id], ...given.checks?.[id] };
  return {
    ok: true,
    rubric: {
      checks,
      threshold: given.threshold ?? defaultRubric.threshold,
      vagueTerms: given.vagueTerms ?? [...defaultRubric.vagueTerms],
      storyIssueTypes: given.storyIssueTypes ?? [...defaultRubric.storyIssueTypes],
      minDescriptionLength: given.minDescriptionLength ?? defaultRubric.minDescriptionLength,
      blockingRelations: given.blockingRelations ?? [...defaultRubric.blockingRelations],
    },
  };
}

function cloneRubric(rubric: Readonly<Rubric>): Rubric {
  const checks = {} as Record<CheckId, CheckRule>;
  for (const id of CHECK_IDS) checks[id] = { ...rubric.checks[id] };
  return {
    checks,
    threshold: rubric.threshold,
    vagueTerms: [...rubric.vagueTerms],
    storyIssueTypes: [...rubric.storyIssueTypes],
    minDescriptionLength: rubric.minDescriptionLength,
    blockingRelations: [...rubric.blockingRelations],
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
