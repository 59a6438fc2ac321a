import { findCoordinatedActions, findCoordinatedThings, MAY_COORDINATE } from '../language/coordination';
import { spanOf, storyWords } from '../language/story-words';
import { clip } from '../text-snippet';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type Check } from './check';

const STORY_TEMPLATE = 'As a <role>, I want <goal> so that <benefit>';

export const storyFormat: Check = (ticket, rules) => {
  if (!ticket.isStory) return NO_FINDINGS;
  const story = ticket.story;
  if (story === null) {
    return [
      finding(
        'story.format',
        rules,
        'No user story found: the summary and description do not start with "As a <role>, I want ...".',
        ticket.summary,
        `Write the story as "${STORY_TEMPLATE}".`,
      ),
    ];
  }
  const missing: string[] = [];
  if (story.role === null) missing.push('role ("As a <role>")');
  if (story.goal === null) missing.push('goal ("I want <goal>")');
  if (story.benefit === null) missing.push('benefit ("so that <benefit>")');
  if (missing.length === 0) return NO_FINDINGS;
  return [
    finding(
      'story.format',
      rules,
      `The user story has no ${missing.join(', no ')}.`,
      story.sentence,
      `Write the story as "${STORY_TEMPLATE}".`,
    ),
  ];
};

/**
 * Two features in one story, read from the parts of speech of the story sentence (language/):
 * - the goal joins two actions: "export grades and print report cards", "design and build", "to
 *   optimise traffic flow and reduce congestion";
 * - the goal asks for two things: "clear explanations and visualisations", "to be secure and compliant";
 * - the benefit asks for a second outcome outright: "..., so that I can share it, and I also want to print it".
 * Not: two objects or modifiers inside what is asked for ("the use of preferred and undesired terms",
 * "a car that uses AI and real-time data", "blood and urine samples"), nor the reasons a benefit lists
 * ("so that I can save time and reduce errors": people do not split a story for that, see the README).
 */
export const storyAtomic: Check = (ticket, rules) => {
  const story = ticket.story;
  if (!ticket.isStory || story === null || story.goal === null) return NO_FINDINGS;
  const goal = spanOf(story.sentence, story.goal);
  const goalText = story.sentence.slice(goal[0], goal[1]);
  const benefitAsks = story.benefit !== null && SECOND_REQUEST.exec(story.benefit);
  if (benefitAsks) {
    return [
      finding(
        'story.atomic',
        rules,
        `The story asks for a second thing in its benefit: "${clip(benefitAsks[0], 60)}".`,
        story.benefit ?? '',
        'Keep one request per story: write the second one as its own story.',
      ),
    ];
  }
  if (!MAY_COORDINATE.test(goalText)) return NO_FINDINGS; // no conjunction: nothing to tag
  const words = storyWords(story);
  const actions = findCoordinatedActions(words, goal[0], goal[1]);
  const things = actions === null ? findCoordinatedThings(words, goal[0], goal[1]) : null;
  if (actions === null && things === null) return NO_FINDINGS;
  const message =
    actions !== null
      ? `The story asks for more than one thing: "${clip(`${actions.conjunction} ${actions.second}`, 60)}" adds a second action${actions.first === '' ? '' : ` to "${clip(actions.first, 60)}"`}.`
      : `The story asks for more than one thing: "${clip(things!.first, 50)}" ${things!.conjunction} "${clip(things!.second, 50)}".`;
  return [finding('story.atomic', rules, message, story.goal, 'Split the story into one story per feature, each with its own acceptance criteria.')];
};

// A benefit that goes on to ask for more: "and I also want", "and we need", "and also to".
const SECOND_REQUEST = /(?<![\w-])(?:and|or)\s+(?:(?:I|we)\s+(?:also\s+)?(?:want|need|would like|wish)|also\s+(?:want|need|to))\b.{0,40}/i;

const BRACKETED = /\([^()\n]{1,200}\)|\[[^[\]\n]{1,200}\]/g;
const EXAMPLE = /(?<![\w])(?:e\.\s?g\.?|eg\.|i\.\s?e\.?|for example|for instance|such as)(?![\w])/gi;

export const storyMinimal: Check = (ticket, rules) => {
  const story = ticket.story;
  if (!ticket.isStory || story === null) return NO_FINDINGS;
  const found: Finding[] = [];
  BRACKETED.lastIndex = 0;
  const aside = BRACKETED.exec(story.line);
  if (aside !== null) {
    found.push(
      finding(
        'story.minimal',
        rules,
        'The story sentence carries a bracketed aside.',
        aside[0],
        'Keep the story to role, goal and benefit; move the aside to the description or the acceptance criteria.',
      ),
    );
  }
  EXAMPLE.lastIndex = 0;
  const example = EXAMPLE.exec(story.line);
  if (example !== null) {
    found.push(
      finding(
        'story.minimal',
        rules,
        `The story sentence embeds an example ("${example[0]}").`,
        story.line.slice(example.index),
        'Move examples out of the story sentence into the acceptance criteria.',
      ),
    );
  }
  if (story.rest !== '') {
    found.push(
      finding(
        'story.minimal',
        rules,
        'The story sentence is followed by more sentences on the same line.',
        story.rest,
        'End the story after the benefit; put further detail in its own paragraph.',
      ),
    );
  }
  return found.length > 0 ? found : NO_FINDINGS;
};
