import type { AdfBlock } from '../adf/adf-blocks';

/** A user story sentence split into its parts ("As a <role>, I want <goal> so that <benefit>"). */
export interface UserStory {
  /** The line the story was read from, as written. */
  line: string;
  /** The story sentence alone: the line up to the end of its first sentence. */
  sentence: string;
  /** Whatever follows the first sentence on the same line ("" when nothing does). */
  rest: string;
  role: string | null;
  goal: string | null;
  benefit: string | null;
}

const STARTS_AS_STORY = /^\s*as\s+(?:an?|the)?\s*[\w<[]/i;
const WANTS = /\bI\s*(?:'m|am)?\s*(?:want|would like|'d like|wish|need|can|could|should be able|must be able|am able|able)\b/i;
const STORY = new RegExp(
  String.raw`^\s*as\s+(?:an?\s+|the\s+)?(?<role>.+?)\s*,?\s+I\s*(?:'m\s+|am\s+)?` +
    String.raw`(?:want|would like|'d like|wish|need|can|could|should be able|must be able|able)(?:\s+to)?\s+(?<goal>.+?)` +
    String.raw`(?:\s*[,;]?\s+(?:so\s+that|in\s+order\s+to|so\s+I\s+can|so\s+we\s+can)\s*,?\s*(?<benefit>.*?))?\s*[.!]?\s*$`,
  'i',
);
const ROLE_ONLY = /^\s*as\s+(?:an?\s+|the\s+)?(?<role>[^,]{1,80}?)\s*(?:,|$)/i;
const BENEFIT_ONLY = /\b(?:so\s+that|in\s+order\s+to)\s*,?\s*(?<benefit>.+)$/i;
// Periods that do not end a sentence: abbreviations, and dots inside words or numbers (v1.2, example.com).
const ABBREVIATION = /\b(?:e\.\s?g|i\.\s?e|etc|vs|approx|incl|resp|cf|no)\.|\.(?=\w)/gi;
const SENTENCE_END = /[.!?](?=\s+\S)/;
/** Longest line treated as a story: longer text is prose, and the bound keeps the regex cheap. */
const MAX_STORY_LINE = 600;

/**
 * The user story of a ticket: the first line of the first few description blocks (then the summary)
 * that starts with "As a ..." and says what someone wants; failing that, one that starts with "As a".
 */
export function findStoryLine(summary: string, blocks: readonly AdfBlock[]): string | null {
  let fallback: string | null = null;
  const limit = Math.min(blocks.length, 8);
  for (let i = 0; i <= limit; i++) {
    const source = i < limit ? blocks[i]!.prose : summary;
    if (!STARTS_AS_STORY.test(source)) continue;
    const line = storyLineOf(source);
    if (WANTS.test(line)) return line;
    fallback ??= line;
  }
  return fallback;
}

/** The story's line within a block: the first line, joined with the next ones when the story wraps. */
function storyLineOf(text: string): string {
  const lines = text.split('\n');
  let line = lines[0]!;
  for (let i = 1; i < lines.length && i < 3 && !WANTS.test(line); i++) line += ` ${lines[i]!}`;
  return line.trim().slice(0, MAX_STORY_LINE);
}

export function parseUserStory(line: string): UserStory {
  const masked = line.replace(ABBREVIATION, (abbreviation) => abbreviation.replace(/\./g, '\u2024'));
  const end = SENTENCE_END.exec(masked);
  const sentence = end === null ? line : line.slice(0, end.index + 1);
  const rest = end === null ? '' : line.slice(end.index + 1).trim();
  const groups = STORY.exec(sentence)?.groups;
  if (groups !== undefined) {
    return { line, sentence, rest, role: nonEmpty(groups['role']), goal: nonEmpty(groups['goal']), benefit: nonEmpty(groups['benefit']) };
  }
  // Not the full form: still name the parts that are there, so the finding says what is missing.
  return {
    line,
    sentence,
    rest,
    role: nonEmpty(ROLE_ONLY.exec(sentence)?.groups?.['role']),
    goal: null,
    benefit: nonEmpty(BENEFIT_ONLY.exec(sentence)?.groups?.['benefit']),
  };
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/[,;.]+$/, '') ?? '';
  return trimmed === '' ? null : trimmed;
}
