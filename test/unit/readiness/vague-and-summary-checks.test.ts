import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../../src/domain/readiness';
import { READY_CRITERIA, READY_STORY, findingsOf, fired, ticket } from './ticket-factory';

const withText = (text: string) => ticket({ description: `${READY_STORY}\n\n${text}\n\n${READY_CRITERIA}` });

describe('text.vague', () => {
  it.each([
    ['"fast" and "user-friendly"', 'The export must be fast and user-friendly.', ['fast', 'user-friendly']],
    ['"some" and "etc."', 'Some fields (owner, date, etc.) are exported.', ['Some', 'etc.']],
    ['"and/or" and "as needed"', 'Export to PDF and/or Word as needed.', ['and/or', 'as needed']],
  ])('fires once per term for %s, with evidence', (_name, text, terms) => {
    const found = findingsOf(withText(text), 'text.vague');
    expect(found.map((item) => item.message.match(/"(.+?)"/)![1])).toEqual(terms);
    for (const item of found) expect(text).toContain(item.evidence.replace(/…/g, '').trim());
  });

  it('reports a repeated term once', () => {
    expect(findingsOf(withText('Fast export. Fast preview. Fast search.'), 'text.vague')).toHaveLength(1);
  });

  it.each([
    ['measurable wording', 'The export of 500 parts finishes within 10 seconds.'],
    ['terms inside longer words', 'Handsome breakfast options are someone else’s concern.'],
    ['terms inside code', 'Call `fastExport()` or `some_flag`.'],
  ])('does not fire for %s', (_name, text) => {
    expect(fired(withText(text))).not.toContain('text.vague');
  });

  describe('comparisons in the story sentence, read from its parts of speech', () => {
    const storyTicket = (sentence: string, issueType = 'Story') => ticket({ issueType, description: `${sentence}\n\n${READY_CRITERIA}` });

    it.each([
      ['"more" with an adjective', 'As a planner, I want more accurate forecasts per store, so that shelves stay full.', 'more accurate'],
      ['a superlative', 'As a traveller, I want the cheapest connection listed first, so that I save money.', 'cheapest'],
      ['an inflected comparative', 'As a rider, I want smoother braking on wet roads, so that I feel safe.', 'smoother'],
      ['a comparison with a baseline but no measure', 'As a planner, I want forecasts more accurate than last year, so that shelves stay full.', 'more accurate'],
    ])('fires for %s, with what to do', (_name, sentence, term) => {
      const found = findingsOf(storyTicket(sentence), 'text.vague');
      expect(found.map((item) => item.message)).toContain(`Vague comparison "${term}": better, faster or more than what, and by how much?`);
      const item = found.find((candidate) => candidate.message.includes(term))!;
      expect(sentence).toContain(item.evidence.replace(/…/g, '').trim());
      expect(item.fix).toMatch(/measure and the target/);
    });

    it('fires for an adverb of manner, but not for one that says when or how often', () => {
      const found = findingsOf(storyTicket('As a courier, I want the van doors to lock securely at every stop, so that parcels stay inside.'), 'text.vague');
      expect(found.map((item) => item.message)).toEqual(['Vague manner "securely": how is it measured or checked?']);
      expect(found[0]!.evidence).toContain('lock securely');
      expect(fired(storyTicket('As a courier, I want the route sent automatically every day, and I get it daily, so that I start on time.'))).not.toContain('text.vague');
    });

    it.each([
      ['in what order', 'As a pharmacist, I want the fridge log to be read incrementally, one shelf after another, so that no shelf is skipped.'],
      ['for how long', 'As a shop owner, I want to close a till temporarily during a count, so that no sale is rung up twice.'],
      ['in relation to what', 'As a tutor, I want each group to submit its answers independently, so that I can mark them fairly.'],
      ['by what means', 'As a librarian, I want readers to search the catalogue semantically, so that a synonym finds the same book.'],
      ['without whom', 'As a warehouse manager, I want the forklift to return to its dock autonomously at night, so that it is charged by morning.'],
      ['in which respect', 'As a planner, I want the depots shown geographically on a map, so that I can see which are close.'],
      ['age, which orders in time (as "later" does)', 'As a publisher, I want to keep older versions of a price list next to the newest one, so that old orders stay explained.'],
    ])('does not fire for an adverb that says %s', (_name, sentence) => {
      expect(findingsOf(storyTicket(sentence), 'text.vague')).toEqual([]);
    });

    it('reports a term of the word list once, not again as a comparison', () => {
      const found = findingsOf(storyTicket('As a shopper, I want a faster checkout, so that I do not give up.'), 'text.vague');
      expect(found.map((item) => item.message)).toEqual(['Vague term "faster": it cannot be measured or tested.']);
    });

    it.each([
      ['order in time', 'As a patient, I want later appointments on the second page, so that the list stays short.'],
      ['a noun ending in -er', 'As a clerk, I want the number of open orders per customer, so that I can call them.'],
      ['a comparison with its bound', 'As a buyer, I want shipping cheaper than 5 euros per parcel, so that I order more.'],
      ['"more" with its bound', 'As a planner, I want forecasts more accurate than 95 % per store, so that shelves stay full.'],
    ])('does not fire for %s', (_name, sentence) => {
      expect(fired(storyTicket(sentence))).not.toContain('text.vague');
    });

    // The goal says what is built; the role says who and the benefit why. People judge a story vague by
    // its goal: a benefit such as "so that I can plan more easily" is the value, not a requirement.
    it('does not report vague words in the role or the benefit of the story sentence', () => {
      const sentence = 'As a patient of several clinics, I want to see my appointments in one list, so that I can plan my week more easily.';
      expect(fired(storyTicket(sentence))).not.toContain('text.vague');
      // ... also where the summary repeats the story sentence, as backlog exports often do.
      expect(fired(ticket({ summary: sentence, description: `${sentence}\n\n${READY_CRITERIA}` }))).not.toContain('text.vague');
    });

    it('still reports vague words in the goal and in the rest of the description', () => {
      const snapshot = ticket({
        description: `As a patient of several clinics, I want a fast list of my appointments, so that I can plan more easily.\n\nSome clinics send changes late.\n\n${READY_CRITERIA}`,
      });
      expect(findingsOf(snapshot, 'text.vague').map((item) => item.message.match(/"(.+?)"/)![1])).toEqual(['fast', 'Some']);
    });

    it('reads the whole story line of other issue types, which have no story sentence to split', () => {
      const found = findingsOf(storyTicket('As a patient of several clinics, I want to see my appointments in one list.', 'Task'), 'text.vague');
      expect(found.map((item) => item.message.match(/"(.+?)"/)![1])).toEqual(['several']);
    });

    it('reads comparisons only in the story sentence of story types', () => {
      expect(fired(storyTicket('As a planner, I want more accurate forecasts per store, so that shelves stay full.', 'Task'))).not.toContain('text.vague');
    });
  });

  it('uses the configured word list', () => {
    const parsed = parseRubric({ vagueTerms: ['blazing'] });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(fired(withText('A blazing export.'), parsed.rubric)).toContain('text.vague');
    expect(fired(withText('A fast export.'), parsed.rubric)).not.toContain('text.vague');
  });
});

describe('summary.vague', () => {
  it.each([['Fix'], ['Update'], ['(feat): changes'], ['Export'], ['']])('fires for "%s"', (summary) => {
    expect(fired(ticket({ summary }))).toContain('summary.vague');
  });

  it.each([['Export the rulebase as PDF'], ['(bug): Link previews disappear when editing'], ['Invite members by email']])(
    'does not fire for "%s"',
    (summary) => {
      expect(fired(ticket({ summary }))).not.toContain('summary.vague');
    },
  );
});
