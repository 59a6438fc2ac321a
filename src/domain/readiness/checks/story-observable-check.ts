import { storyWords, spanOf } from '../language/story-words';
import { UNOBSERVABLE_VERBS } from '../language/vague-words';
import { clip } from '../text-snippet';
import { finding, NO_FINDINGS, type Check } from './check';

// Words before the verb that heads a goal: "to be able to", "the system to", modals.
const BEFORE_HEAD = new Set(['to', 'be', 'able', 'can', 'could', 'should', 'will', 'would', 'must', 'also']);
// The goal's own phrase ends where a phrase describing something in it begins.
const DEPENDENT = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'while', ',', ';', '(']);

// The stems of UNOBSERVABLE_VERBS in any of their forms, a cheap test before the goal is tagged.
const MAY_BE_UNOBSERVABLE = /(?<![a-z])(?:maximi[sz]|minimi[sz]|optimi[sz]|improv|enhanc|ensur|facilitat|promot|understo|understand|know|knew|learn|explor|appreciat|benefit|enjoy)/i;

/**
 * A goal headed by a verb that names no observable behaviour ("improve patient care", "ensure the
 * robot operates safely", "explore new markets") and gives no number to measure it by: the story is too
 * general to build or test. Story types only; the goal's head is read from the parts of speech.
 */
export const storyObservable: Check = (ticket, rules) => {
  const story = ticket.story;
  if (!ticket.isStory || story === null || story.goal === null || /\d/.test(story.goal)) return NO_FINDINGS;
  if (!MAY_BE_UNOBSERVABLE.test(story.goal)) return NO_FINDINGS; // none of the verbs: nothing to tag
  const [from, to] = spanOf(story.sentence, story.goal);
  for (const word of storyWords(story)) {
    if (word.start < from) continue;
    if (word.end > to || DEPENDENT.has(word.lower) || word.pos === 'SCONJ') break;
    if (word.pos !== 'VERB' && word.pos !== 'AUX') continue;
    if (BEFORE_HEAD.has(word.lower)) continue;
    if (!UNOBSERVABLE_VERBS.has(word.lemma)) return NO_FINDINGS;
    const phrase = clip(story.sentence.slice(word.start, to), 80);
    return [
      finding(
        'story.observable',
        rules,
        `The goal names no observable behaviour: "${phrase}" is not something a user does or sees that a tester could check.`,
        story.goal,
        'Name what the user does or sees, or what the system does (e.g. "see overdue invoices first"), and put the target in a measurable acceptance criterion.',
      ),
    ];
  }
  return NO_FINDINGS;
};
