import { describe, expect, it } from 'vitest';
import { findCoordinatedActions } from '../../../src/domain/readiness/language/coordination';
import { tagWords } from '../../../src/domain/readiness/language/pos-tags';
import { POS_SAMPLE } from '../../fixtures/pos-sample';

const COARSE: Record<string, string> = { VERB: 'V', AUX: 'V', NOUN: 'N', PROPN: 'N', ADJ: 'A', ADV: 'R' };
const sample = POS_SAMPLE.map((line) =>
  line.split(' ').map((item) => {
    const cut = item.lastIndexOf('_');
    return { word: item.slice(0, cut), tag: item.slice(cut + 1) };
  }),
);
const textOf = (words: { word: string }[]) => words.map((item) => item.word).join(' ').replace(/ ([,.])/g, '$1');

describe('part-of-speech tags (wink-nlp, English light model)', () => {
  it('tag at least 90 % of the nouns, verbs, adjectives and adverbs of the sample right', () => {
    let scored = 0;
    let right = 0;
    for (const words of sample) {
      const tagged = tagWords(textOf(words));
      let at = 0;
      for (const { word, tag } of words) {
        const index = tagged.findIndex((item, i) => i >= at && item.text === word);
        if (index >= 0) at = index + 1;
        if (!'VNAR'.includes(tag)) continue;
        scored++;
        if (index >= 0 && COARSE[tagged[index]!.pos] === tag) right++;
      }
    }
    expect(scored).toBeGreaterThan(250);
    expect(right / scored).toBeGreaterThanOrEqual(0.9);
  });

  it('give each word its offsets in the text and its dictionary form', () => {
    const text = 'As a teacher, I want to export grades.';
    const words = tagWords(text);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(words.find((word) => word.text === 'grades')).toMatchObject({ pos: 'NOUN', lemma: 'grade' });
  });
});

describe('coordinated actions in the sample', () => {
  // Every sentence of the sample where "and"/"or" joins two verbs, by the gold tags.
  const joined = sample.filter((words) => words.some((item, i) => (item.word === 'and' || item.word === 'or') && words.slice(i + 1, i + 3).some((next) => next.tag === 'V')));

  it('are found in every sentence whose gold tags join two verbs, also where the tagger reads the second verb as a noun', () => {
    expect(joined.length).toBeGreaterThanOrEqual(15);
    const missed = joined.map(textOf).filter((text) => findCoordinatedActions(tagWords(text), 0, text.length) === null);
    expect(missed).toEqual([]);
  });

  it('are not found where the sample joins nouns or adjectives only, but for the one sentence that reads either way', () => {
    const nominal = sample.filter((words) => !joined.includes(words) && words.some((item) => item.word === 'and' || item.word === 'or'));
    expect(nominal.length).toBeGreaterThanOrEqual(8);
    const flagged = nominal.map(textOf).filter((text) => findCoordinatedActions(tagWords(text), 0, text.length) !== null);
    // A singular noun between a verb's object and another noun can be a verb ("forecast demand and
    // schedule deliveries") or a noun ("see homework and school events"); tags cannot tell, and the
    // checker takes the verb. The story is flagged either way: it asks for two things.
    expect(flagged).toEqual(['As a parent, I want to see homework and school events in a calendar.']);
  });
});
