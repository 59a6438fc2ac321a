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

// Verbs that name a user action. A conjunction followed by one of these joins two actions
// ("export or print", "backup and restore"); followed by anything else it joins two objects
// ("preferred and undesired terms"), which is still one feature.
const ACTION_VERBS = new Set(
  (
    'access add adjust analyse analyze apply approve archive assign attach backup book browse build buy calculate ' +
    'cancel capture change check checkout choose clear click close combine comment compare complete configure ' +
    'confirm connect copy create customize customise deactivate define delete deliver deploy disable discover ' +
    'dismiss display download drag drop duplicate edit email enable enter export fill filter find fix follow ' +
    'generate get grant hide import install invite join keep launch leave link list load locate lock log login ' +
    'logout make manage mark merge migrate modify monitor move navigate notify open order overwrite pay pin ' +
    'preview print publish purchase read receive record refresh register reject relate reload remove rename ' +
    'reorder replace reply report request reset resize restore retrieve return reuse review revoke rollback ' +
    'run save scan schedule search select send set share show sign sort start stop store submit subscribe ' +
    'suspend switch sync tag track transfer undo unlock unpublish unsubscribe update upgrade upload use validate ' +
    'verify view visit vote watch withdraw write'
  ).split(' '),
);
const CONJUNCTION = /(?<![\w-])(?:and|or|&|as well as|plus)\s+(?:then\s+|also\s+)?(?:(to)\s+)?([a-z][\w-]*)(?:\s+(\w+))?/gi;

export const storyAtomic: Check = (ticket, rules) => {
  const goal = ticket.story?.goal;
  if (!ticket.isStory || goal === null || goal === undefined) return NO_FINDINGS;
  let found: Finding[] | null = null;
  CONJUNCTION.lastIndex = 0;
  for (let match = CONJUNCTION.exec(goal); match !== null; match = CONJUNCTION.exec(goal)) {
    const verb = match[2]!.toLowerCase();
    const next = match[3]?.toLowerCase();
    // "to <verb>" is always a second action; a bare verb counts unless used as a noun ("export of").
    const isAction = match[1] !== undefined || (ACTION_VERBS.has(verb) && next !== 'of');
    if (!isAction) continue;
    found ??= [];
    found.push(
      finding(
        'story.atomic',
        rules,
        `The story asks for more than one thing: "${clip(match[0], 60)}" joins a second action.`,
        goal,
        'Split the story into one story per action, each with its own acceptance criteria.',
      ),
    );
    break; // one finding says it all; the evidence shows the goal
  }
  return found ?? NO_FINDINGS;
};

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
