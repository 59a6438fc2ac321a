import { NOUN_PHRASE } from '../language/coordination';
import type { TaggedWord } from '../language/pos-tags';
import { storyWords, spanOf } from '../language/story-words';
import { MEANS_VERBS, UNOBSERVABLE_OUTPUTS, UNOBSERVABLE_VERBS } from '../language/vague-words';
import { clip } from '../text-snippet';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type Check } from './check';

// Words before the verb that heads a goal: "to be able to", "the system to", modals.
const BEFORE_HEAD = new Set(['to', 'be', 'able', 'can', 'could', 'should', 'will', 'would', 'must', 'also']);
// The goal's own phrase ends where a phrase describing something in it begins.
const DEPENDENT = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'while', ',', ';', '(']);

// The stems of the words below in any of their forms, a cheap test before the goal is tagged.
const MAY_BE_UNOBSERVABLE =
  /(?<![a-z])(?:maximi[sz]|minimi[sz]|optimi[sz]|improv|enhanc|ensur|facilitat|promot|understo|understand|know|knew|learn|explor|appreciat|benefit|enjoy|leverag|utili[sz]|harness|adopt|employ|insight)/i;

const FIX = 'Name what the user does or sees, or what the system does (e.g. "see overdue invoices first"), and put the target in a measurable acceptance criterion.';

/**
 * A goal that names no observable behaviour and gives no number to measure it by, so the story is too
 * general to build or test:
 * - headed by a verb of improvement or of knowing ("improve patient care", "ensure the robot operates
 *   safely", "explore new markets");
 * - headed by a verb that names a means ("leverage the forecasting model", "utilise the sales data"):
 *   what would be used, not what the user does with it;
 * - asking for insights ("insights from the sales data", "gain deeper insights into churn"): whatever a
 *   reader concludes, not something a tester can look for.
 * Only the goal's own phrase is read (up to a relative clause or a comma). Story types only; the goal's
 * head is read from the parts of speech.
 */
export const storyObservable: Check = (ticket, rules) => {
  const story = ticket.story;
  if (!ticket.isStory || story === null || story.goal === null || /\d/.test(story.goal)) return NO_FINDINGS;
  if (!MAY_BE_UNOBSERVABLE.test(story.goal)) return NO_FINDINGS; // none of the words: nothing to tag
  const [from, to] = spanOf(story.sentence, story.goal);
  const unobservable = (message: string): Finding[] => [finding('story.observable', rules, message, story.goal ?? '', FIX)];
  const words = storyWords(story);
  let headSeen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from) continue;
    if (word.end > to || DEPENDENT.has(word.lower) || word.pos === 'SCONJ') break;
    if ((word.pos === 'NOUN' || word.pos === 'PROPN') && UNOBSERVABLE_OUTPUTS.has(word.lower)) {
      return unobservable(`The goal asks for ${word.lower}: "${clip(story.sentence.slice(word.start, to), 80)}" is whatever a reader concludes, not something a tester could look for.`);
    }
    if (headSeen || (word.pos !== 'VERB' && word.pos !== 'AUX') || BEFORE_HEAD.has(word.lower)) continue;
    if (insideNounPhrase(words, i, from)) continue;
    headSeen = true;
    const phrase = clip(story.sentence.slice(word.start, to), 80);
    if (UNOBSERVABLE_VERBS.has(word.lemma)) {
      return unobservable(`The goal names no observable behaviour: "${phrase}" is not something a user does or sees that a tester could check.`);
    }
    if (MEANS_VERBS.has(word.lemma)) {
      // "leverage the model to forecast demand": what it is used for is the behaviour; that is read instead.
      const purpose = purposeAfter(words, i + 1, to);
      if (purpose !== null) {
        i = purpose - 1;
        headSeen = false;
        continue;
      }
      return unobservable(`The goal names a means, not a behaviour: "${phrase}" says what would be used, not what the user does or sees with it.`);
    }
  }
  return NO_FINDINGS;
};

/**
 * Whether the verb form at `index` is part of a noun phrase rather than the goal's head: an -ing form or a
 * participle after a determiner, an adjective or a noun ("access to the machine learning model", "the
 * underlying data"), which the tagger may read as a verb.
 */
function insideNounPhrase(words: readonly TaggedWord[], index: number, from: number): boolean {
  const word = words[index]!;
  const before = words[index - 1];
  if (before === undefined || before.start < from || !NOUN_PHRASE.has(before.pos)) return false;
  return word.lower.endsWith('ing') || (word.lower.endsWith('ed') && word.lemma !== word.lower);
}

/** The index of the "to" that starts an infinitive after a means verb ("... the model | to forecast"), or null. */
function purposeAfter(words: readonly TaggedWord[], start: number, to: number): number | null {
  for (let k = start; k < words.length - 1 && words[k]!.end <= to; k++) {
    const word = words[k]!;
    if (DEPENDENT.has(word.lower) || word.pos === 'SCONJ') return null;
    if (word.lower === 'to' && (words[k + 1]!.pos === 'VERB' || words[k + 1]!.pos === 'AUX')) return k;
  }
  return null;
}
