import { spanOf, storyWords } from '../language/story-words';
import { comparatives, mannerAdverbs } from '../language/vague-words';
import { around } from '../text-snippet';
import type { Finding } from '../types';
import { finding, MAX_FINDINGS_PER_CHECK, NO_FINDINGS, type Check } from './check';

/**
 * Vague or unmeasurable terms from the rubric's list, in the summary and description prose, one
 * finding per distinct term. Found by the shared term scan (see term-scan.ts); a term that is also a
 * placeholder ("TBD") is reported once, as a placeholder. In the story sentence of a story, also
 * comparatives and superlatives ("more reliable", "highest") and adverbs of manner ("safely"), read
 * from its parts of speech.
 */
// A word ending as comparatives, superlatives and adverbs of manner do, or "more"/"most"/"less"/"least".
const MAY_COMPARE_OR_QUALIFY = /(?:[a-z](?:er|est|ly)|\b(?:more|most|less|least))(?![a-z])/i;

export const textVague: Check = (ticket, rules) => {
  let found: Finding[] | null = null;
  const seen = new Set<string>();
  for (const hit of ticket.terms) {
    if (hit.kind !== 'vague') continue;
    found ??= [];
    seen.add(hit.term.toLowerCase());
    found.push(
      finding(
        'text.vague',
        rules,
        `Vague term "${hit.term}": it cannot be measured or tested.`,
        hit.evidence,
        `Replace "${hit.term}" with something measurable (a number, a limit, a named case).`,
      ),
    );
  }
  const story = ticket.story;
  if (!ticket.isStory || story === null || story.goal === null || (found?.length ?? 0) >= MAX_FINDINGS_PER_CHECK) return found ?? NO_FINDINGS;
  // The goal only (the role says who and the benefit why, see ticket-text.ts), and only when a word
  // could be a comparison or an adverb: most story sentences are then not tagged here at all.
  const [from, to] = spanOf(story.sentence, story.goal);
  if (!MAY_COMPARE_OR_QUALIFY.test(story.sentence.slice(from, to))) return found ?? NO_FINDINGS;
  const words = storyWords(story).filter((word) => word.start >= from && word.end <= to);
  for (const pair of comparatives(words)) {
    const first = pair[0]!;
    const last = pair[pair.length - 1]!;
    const term = story.sentence.slice(first.start, last.end);
    if (seen.has(term.toLowerCase()) || seen.has(last.lower)) continue;
    seen.add(term.toLowerCase());
    found ??= [];
    found.push(
      finding(
        'text.vague',
        rules,
        `Vague comparison "${term}": better, faster or more than what, and by how much?`,
        around(story.sentence, first.start, last.end),
        `Replace "${term}" with the measure and the target (e.g. "in under 2 seconds", "at most 1 error in 1,000").`,
      ),
    );
    if (found.length >= MAX_FINDINGS_PER_CHECK) return found;
  }
  for (const word of mannerAdverbs(words)) {
    if (seen.has(word.lower)) continue;
    seen.add(word.lower);
    found ??= [];
    found.push(
      finding(
        'text.vague',
        rules,
        `Vague manner "${word.text}": how is it measured or checked?`,
        around(story.sentence, word.start, word.end),
        `Say what "${word.text}" means as something a tester can check (a limit, a rule, a named case), or move it to a criterion that does.`,
      ),
    );
    if (found.length >= MAX_FINDINGS_PER_CHECK) break;
  }
  return found ?? NO_FINDINGS;
};
