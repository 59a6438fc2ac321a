import { describe, expect, it } from 'vitest';
import { checkReadiness, parseRubric } from '../../../src/domain/readiness';
import { READY_CRITERIA, READY_STORY, findingsOf, fired, ticket } from './ticket-factory';

describe('the ready fixture', () => {
  it('passes every default check with score 100', () => {
    const result = checkReadiness(ticket());
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ score: 100, ready: true });
  });
});

describe('description.missing', () => {
  it.each([
    ['no description', null],
    ['an empty description', ''],
    ['only blank lines', '\n\n   \n'],
  ])('fires for %s', (_name, description) => {
    const found = findingsOf(ticket({ description }), 'description.missing');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('blocker');
  });

  it.each([
    ['a story with criteria', undefined],
    ['a one-line bug report', 'Clicking Save on the profile page shows a 500 error since release 4.2.'],
    ['only a heading', '# Steps to reproduce'],
  ])('does not fire for %s', (_name, description) => {
    expect(fired(ticket({ description }))).not.toContain('description.missing');
  });
});

describe('description.placeholder', () => {
  it.each([
    ['TBD', `${READY_STORY}\n\nDetails: TBD\n\n${READY_CRITERIA}`, 'TBD'],
    ['lorem ipsum', `${READY_STORY}\n\nLorem ipsum dolor sit amet.\n\n${READY_CRITERIA}`, 'Lorem ipsum dolor'],
    ['an unfilled story template', `As a <role>, I want <goal> so that <benefit>.\n\n${READY_CRITERIA}`, '<role>'],
    ['an [insert ...] slot', `${READY_STORY}\n\nDesign: [insert link to mockup]\n\n${READY_CRITERIA}`, '[insert link to mockup]'],
    ['"to be defined"', `${READY_STORY}\n\nThe file format is to be defined.\n\n${READY_CRITERIA}`, 'to be defined'],
    ['"this is a placeholder"', `${READY_STORY}\n\nThis is a placeholder for the export work.\n\n${READY_CRITERIA}`, 'placeholder'],
    ['an upper-case TODO', `${READY_STORY}\n\nTODO: add the error cases\n\n${READY_CRITERIA}`, 'TODO'],
  ])('fires for %s', (_name, description, term) => {
    const found = findingsOf(ticket({ description }), 'description.placeholder');
    expect(found.map((item) => item.message).join(' ')).toContain(term);
    expect(found[0]!.evidence.length).toBeGreaterThan(0);
  });

  it('fires for placeholders left in the summary', () => {
    const found = findingsOf(ticket({ summary: 'As a <role>, export rulebase' }), 'description.placeholder');
    expect(found[0]!.message).toContain('summary');
  });

  it.each([
    ['a todo-list feature', `As a planner, I want a todo list on the dashboard, so that I see open work.\n\n${READY_CRITERIA}`],
    ['a comparison with < and >', `${READY_STORY}\n\nOnly exports where 3 < parts and parts > 1 are allowed.\n\n${READY_CRITERIA}`],
    ['placeholders inside code', `${READY_STORY}\n\n\`\`\`\n// TODO <role>\n\`\`\`\n\n${READY_CRITERIA}`],
    ['a real link in brackets', `${READY_STORY}\n\nSee [the design](https://example.com/design).\n\n${READY_CRITERIA}`],
    ['"fill in" as an action', `As a visitor, I want to fill in the sign-up form once, so that I can start.\n\n${READY_CRITERIA}`],
    ['talk about HTML tags', `${READY_STORY}\n\nThe script must go into the <head> element.\n\n${READY_CRITERIA}`],
    ['a UI input placeholder', `${READY_STORY}\n\nThe search field shows the placeholder "Search rules".\n\n${READY_CRITERIA}`],
  ])('does not fire for %s', (_name, description) => {
    expect(fired(ticket({ description }))).not.toContain('description.placeholder');
  });
});

describe('description.too-short', () => {
  it.each([['Fix it.'], ['Export to PDF please'], ['See chat.']])('fires for "%s"', (description) => {
    const found = findingsOf(ticket({ description }), 'description.too-short');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toBe(description);
  });

  it.each([
    ['the ready story', undefined],
    ['a bug report of two sentences', 'Saving a profile with an emoji in the name fails with error 500. It worked in release 4.1.'],
    ['no description at all (reported as missing instead)', null],
  ])('does not fire for %s', (_name, description) => {
    expect(fired(ticket({ description }))).not.toContain('description.too-short');
  });

  it('uses the rubric minimum', () => {
    const parsed = parseRubric({ minDescriptionLength: 5 });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(fired(ticket({ description: 'Fix it.' }), parsed.rubric)).not.toContain('description.too-short');
  });
});
