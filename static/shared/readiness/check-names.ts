/**
 * The readiness checks in the users' words: a name for the settings page, a short failure label for
 * tables, and what each check looks for. Keyed by the checker's ids (the type keeps this list complete).
 */
import type { CheckId } from '../../../src/domain/readiness/types';

export interface CheckInfo {
  /** What the check asks for, e.g. "Acceptance criteria present". */
  name: string;
  /** What a failing ticket lacks, e.g. "No acceptance criteria". */
  failure: string;
  /** One sentence on what the check looks for. */
  description: string;
}

export const CHECKS: Record<CheckId, CheckInfo> = {
  'description.missing': {
    name: 'Description present',
    failure: 'No description',
    description: 'The ticket has a description at all.',
  },
  'description.placeholder': {
    name: 'No placeholder text',
    failure: 'Placeholder text',
    description: 'No TBD, lorem ipsum or template text left unfilled in the summary or description.',
  },
  'description.too-short': {
    name: 'Enough detail',
    failure: 'Description too short',
    description: 'The description has at least the minimum number of characters set below.',
  },
  'summary.vague': {
    name: 'Specific summary',
    failure: 'Vague summary',
    description: 'The summary says what changes, not just "Fix" or "Update".',
  },
  'story.format': {
    name: 'User story form',
    failure: 'Not a user story',
    description: 'Stories name a role, a goal and a benefit: "As a <role>, I want <goal> so that <benefit>".',
  },
  'story.atomic': {
    name: 'One feature per story',
    failure: 'Several features',
    description: 'A story asks for one thing, not several actions joined together.',
  },
  'story.minimal': {
    name: 'Minimal story sentence',
    failure: 'Story not minimal',
    description: 'The story sentence carries no bracketed asides, embedded examples or extra sentences.',
  },
  'story.observable': {
    name: 'Observable goal',
    failure: 'Goal too general',
    description: 'The goal names something a user does or sees, not only what should get better ("improve", "ensure", "optimise").',
  },
  'text.vague': {
    name: 'No vague terms',
    failure: 'Vague terms',
    description: 'No words that cannot be measured or tested, from the vague-word list below.',
  },
  'ac.missing': {
    name: 'Acceptance criteria present',
    failure: 'No acceptance criteria',
    description: 'Acceptance criteria are kept in Accord or written under an "Acceptance criteria" heading.',
  },
  'ac.untestable': {
    name: 'Testable acceptance criteria',
    failure: 'Untestable criteria',
    description: 'Each criterion states an outcome someone can check.',
  },
  'estimate.missing': {
    name: 'Estimated',
    failure: 'No estimate',
    description: 'The ticket has a story point estimate.',
  },
  'priority.missing': {
    name: 'Priority set',
    failure: 'No priority',
    description: 'The ticket has a priority.',
  },
  'blockers.open': {
    name: 'No open blockers',
    failure: 'Open blockers',
    description: 'No ticket it is blocked by is still open.',
  },
};

function isCheckId(id: string): id is CheckId {
  return Object.prototype.hasOwnProperty.call(CHECKS, id);
}

/** Info for a check id; a check this page does not know yet still shows, under its id. */
export function checkInfo(id: string): CheckInfo {
  return isCheckId(id) ? CHECKS[id] : { name: id, failure: id, description: '' };
}

/** The failures of a ticket in words, each once (a check can find several things in one ticket). */
export function failureNames(checks: readonly string[]): string[] {
  return [...new Set(checks.map((check) => checkInfo(check).failure))];
}
