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
