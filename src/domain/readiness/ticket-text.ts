import { adfToBlocks, type AdfBlock } from '../adf/adf-blocks';
import type { CompiledRubric } from './compile-rubric';
import { criteriaInBlocks } from '../criteria/import-from-description';
import { isPlaceholderMatch } from './placeholder-pattern';
import { scanTerms, type IgnoredRanges, type TermHit } from './term-scan';
import type { TicketSnapshot } from './types';
import { findStoryLine, parseUserStory, type UserStory } from './user-story';

/**
 * Everything the checks read about one ticket, derived once: the description is walked a single
 * time into blocks, and the story and criteria are located once for all checks.
 */
export interface TicketText {
  snapshot: TicketSnapshot;
  summary: string;
  blocks: readonly AdfBlock[];
  /** Characters of description text (blocks trimmed), 0 when there is none. */
  descriptionLength: number;
  /** The rubric says this issue type must be a user story. */
  isStory: boolean;
  /** The user story, for story types; null when none was found or the type is not a story. */
  story: UserStory | null;
  /** The acceptance criteria that count: Accord's own, else those found in the description, else null. */
  criteria: readonly string[] | null;
  criteriaSource: 'accord' | 'description' | null;
  /** Placeholders and vague terms in the summary and description prose, found in one pass. */
  terms: readonly TermHit[];
}

export function readTicket(snapshot: TicketSnapshot, rules: CompiledRubric): TicketText {
  const summary = typeof snapshot.summary === 'string' ? snapshot.summary.trim() : '';
  const blocks = snapshot.descriptionBlocks ?? (snapshot.description ? adfToBlocks(snapshot.description) : []);
  let descriptionLength = 0;
  for (const block of blocks) descriptionLength += block.text.trim().length;
  const issueType = typeof snapshot.issueType === 'string' ? snapshot.issueType.trim().toLowerCase() : '';
  const isStory = rules.storyIssueTypes.has(issueType);
  const storyLine = isStory ? findStoryLine(summary, blocks) : null;
  const known = snapshot.acceptanceCriteria;
  const accordCriteria = Array.isArray(known) ? known.filter((item) => typeof item === 'string' && item.trim() !== '') : [];
  const found = accordCriteria.length > 0 ? null : descriptionCriteria(blocks);
  const story = storyLine === null ? null : parseUserStory(storyLine);
  return {
    snapshot,
    summary,
    blocks,
    descriptionLength,
    isStory,
    story,
    criteria: accordCriteria.length > 0 ? accordCriteria : found,
    criteriaSource: accordCriteria.length > 0 ? 'accord' : found === null ? null : 'description',
    terms: scanTerms(summary, blocks, rules.termScan, isPlaceholderMatch, story === null ? undefined : outsideGoal(story)),
  };
}

/**
 * Where the story sentence's role and benefit stand in a text that holds the sentence: the goal says
 * what is built, the role who and the benefit why, and people judge a story vague by its goal ("so that
 * I can plan more easily" is the value, not a requirement). Nothing is ignored without a goal.
 */
function outsideGoal(story: UserStory): IgnoredRanges | undefined {
  if (story.goal === null) return undefined;
  const goalStart = story.sentence.indexOf(story.goal);
  if (goalStart < 0) return undefined;
  const goalEnd = goalStart + story.goal.length;
  return (text) => {
    const at = text.indexOf(story.sentence);
    if (at < 0) return [];
    return [
      [at, at + goalStart],
      [at + goalEnd, at + story.sentence.length],
    ];
  };
}

/** The criteria the description holds, or null when it has none (a heading with nothing under it has none). */
function descriptionCriteria(blocks: readonly AdfBlock[]): string[] | null {
  const { criteria } = criteriaInBlocks(blocks);
  return criteria.length > 0 ? criteria.map((c) => c.text) : null;
}
