import { describe, expect, it } from 'vitest';
import { markdownToAdf } from '../../../src/domain/adf';
import { importCriteriaFromDescription } from '../../../src/domain/criteria';
import { READY_STORY, findingsOf, fired, ticket } from './ticket-factory';

/** The criteria the readiness check reads from a description (null: none), through the one reader. */
function findCriteriaText(doc: unknown): string[] | null {
  const texts = importCriteriaFromDescription(doc).criteria.map((c) => c.text);
  return texts.length > 0 ? texts : null;
}

describe('criteria in the description, as the readiness check reads them', () => {
  it.each([
    ['a heading and bullets', '## Acceptance Criteria\n- Export has a cover page\n- Export lists every part', ['Export has a cover page', 'Export lists every part']],
    ['a bold "AC:" line and a numbered list', '**AC:**\n\n1. Export has a cover page\n2. Export lists every part', ['Export has a cover page', 'Export lists every part']],
    ['a plain "Acceptance criteria:" line', 'Acceptance criteria:\n\n- Export has a cover page', ['Export has a cover page']],
    ['the inline form', 'Acceptance criteria: the export has a cover page', ['the export has a cover page']],
    ['a task list', '### AC\n- [ ] Export has a cover page\n- [x] Export lists every part', ['Export has a cover page', 'Export lists every part']],
  ])('reads %s', (_name, markdown, expected) => {
    expect(findCriteriaText(markdownToAdf(`Intro text.\n\n${markdown}`))).toEqual(expected);
  });

  it('groups Given/When/Then lines into one criterion per scenario', () => {
    const doc = markdownToAdf(
      '## Acceptance criteria\n\nGiven a rulebase\nWhen I export it\nThen a PDF is downloaded\nGiven no parts\nWhen I export\nThen I see "Nothing to export"',
    );
    expect(findCriteriaText(doc)).toEqual([
      'Given a rulebase\nWhen I export it\nThen a PDF is downloaded',
      'Given no parts\nWhen I export\nThen I see "Nothing to export"',
    ]);
  });

  it('ends the section at the next heading of the same level', () => {
    const doc = markdownToAdf('## Acceptance criteria\n- Export has a cover page\n\n## Notes\n- unrelated remark');
    expect(findCriteriaText(doc)).toEqual(['Export has a cover page']);
  });

  it('finds Gherkin scenarios without a heading', () => {
    const doc = markdownToAdf('Some context.\n\nGiven a rulebase\nWhen I export it\nThen a PDF is downloaded');
    expect(findCriteriaText(doc)).toEqual(['Given a rulebase\nWhen I export it\nThen a PDF is downloaded']);
  });

  it('returns null when there are none', () => {
    expect(findCriteriaText(markdownToAdf('Just a description about acceptance of the terms.'))).toBeNull();
    expect(findCriteriaText(markdownToAdf('## Background\n- ACME asked for it'))).toBeNull();
    expect(findCriteriaText(null)).toBeNull();
  });
});

describe('ac.missing', () => {
  it.each([
    ['a story without criteria', READY_STORY],
    ['a list without an AC heading', `${READY_STORY}\n\n- export\n- print`],
    ['an empty AC heading', `${READY_STORY}\n\n## Acceptance criteria\n\n## Notes\nNothing yet.`],
  ])('fires for %s', (_name, description) => {
    expect(fired(ticket({ description }))).toContain('ac.missing');
  });

  it('fires when Accord keeps an empty list and the description has none', () => {
    expect(fired(ticket({ description: READY_STORY, acceptanceCriteria: [] }))).toContain('ac.missing');
  });

  it.each([
    ['criteria in the description', undefined, null],
    ['criteria kept in Accord', READY_STORY, ['The export has a cover page with the rulebase name']],
    ['a Gherkin scenario only', `${READY_STORY}\n\nGiven a rulebase\nWhen I export\nThen a PDF is downloaded`, null],
  ])('does not fire with %s', (_name, description, acceptanceCriteria) => {
    expect(fired(ticket({ description, acceptanceCriteria }))).not.toContain('ac.missing');
  });
});

describe('ac.untestable', () => {
  it.each([
    ['a vague criterion', 'The export should be fast', /vague term "fast"/],
    ['a two-word criterion', 'Works well', /too short/],
    ['a noun phrase', 'Nice looking cover page design', /no observable outcome/],
    ['a scenario without Then', 'Given a rulebase When I export it', /no Then step/],
  ])('fires for %s', (_name, criterion, message) => {
    const found = findingsOf(ticket({ acceptanceCriteria: [criterion] }), 'ac.untestable');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.evidence).toBe(criterion);
  });

  it.each([
    ['a Given/When/Then scenario', 'Given a rulebase with 3 parts, when I export it, then the PDF has 3 sections'],
    ['a "should" statement', 'The export button is disabled while an export runs'],
    ['a "can" statement', 'A reviewer can open the PDF without an account'],
    ['a one-line "When ..." statement', 'When sharing the page, the rule title appears in the link preview'],
    ['an outcome verb in the present tense', 'Searching "0042" finds INV-2024-0042.'],
    ['a result that is hidden', 'Cancelled invoices are hidden from the default list'],
    ['a statement with a verb the outcome words do not list', 'Typing three letters suggests matching customers'],
    ['a statement in the past tense of a verb not listed', 'Scanning the badge at the door unlocked it within a second'],
  ])('does not fire for %s', (_name, criterion) => {
    expect(fired(ticket({ acceptanceCriteria: [criterion] }))).not.toContain('ac.untestable');
  });

  it('Accord criteria take precedence over the description', () => {
    const snapshot = ticket({ acceptanceCriteria: ['Works well'] });
    expect(findingsOf(snapshot, 'ac.untestable').map((item) => item.evidence)).toEqual(['Works well']);
  });
});
