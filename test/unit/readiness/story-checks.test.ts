import { describe, expect, it } from 'vitest';
import { READY_CRITERIA, findingsOf, fired, ticket } from './ticket-factory';

const story = (sentence: string, extra = '') => ticket({ description: `${sentence}${extra}\n\n${READY_CRITERIA}` });

describe('story.format', () => {
  it.each([
    ['no story at all', 'Export the rulebase to PDF with one section per part, for reviewers.', /No user story/],
    ['a story without benefit', 'As a rule author, I want to capture that a rulebase part derives a term.', /no benefit/],
    ['a story without goal', 'As a rule author, so that reviewers can read the rules offline, a PDF export exists.', /no goal/],
    ['role and benefit but no "I want"', 'As an administrator the backup should run nightly so that data is safe.', /no goal/],
  ])('fires for %s', (_name, sentence, message) => {
    const found = findingsOf(story(sentence), 'story.format');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.severity).toBe('major');
  });

  it.each([
    ['the classic form', 'As a RuleAuthor, I want to capture a business rule, So that I can describe the desired behavior.'],
    ['"an" and no comma', 'As an Admin I want to invite someone to join the platform so that they can start contributing.'],
    ['"I can" and "in order to"', 'As a consumer I can download a package in one file in order to avoid fetching each resource.'],
    ['"I need" without article', 'As Data Analyst, I need to update a downloaded package, so that I work with recent data.'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.format');
  });

  it('finds the story in the summary when the description has none', () => {
    const snapshot = ticket({
      summary: 'As a publisher, I want to unpublish a package, so that nobody sees it',
      description: `Unpublishing hides the package from search and from its page.\n\n${READY_CRITERIA}`,
    });
    expect(fired(snapshot)).not.toContain('story.format');
  });

  it('does not apply to issue types that need not be stories', () => {
    const snapshot = ticket({ issueType: 'Bug', description: `Saving fails with error 500 on the profile page.\n\n${READY_CRITERIA}` });
    expect(fired(snapshot)).not.toContain('story.format');
  });
});

describe('story.atomic', () => {
  it.each([
    ['"or" joining two verbs', 'As a RuleAuthor, I want to export or print a selection of parts, so that people are informed.', 'or print'],
    ['"and" joining two verbs', 'As an administrator, I want to backup and restore the rulebase, so that no knowledge is lost.', 'and restore'],
    ['"and to" before a second verb', 'As a consumer, I want to browse packages and to rate them, so that others find good data.', 'and to rate'],
    ['"&" joining two verbs', 'As an owner, I want to invite & remove members, so that the team stays current.', '& remove'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
  });

  it.each([
    ['"and" joining two objects', 'As a terminator, I want to monitor the use of undesired and preferred terms, so that everyone follows them.'],
    ['"and" in the benefit only', 'As a publisher, I want to sign up for an account, so that I can publish and share data.'],
    ['a verb used as a noun', 'As an analyst, I want a history and export of changes, so that I can audit the rulebase.'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.atomic');
  });
});

describe('story.minimal', () => {
  it.each([
    ['a bracketed aside', 'As a user, I want to export reports (PDF or Word), so that I can share them.', '(PDF or Word)'],
    ['an embedded example', 'As a user, I want to filter reports, e.g. by date, so that I find them.', 'e.g.'],
    ['"for example"', 'As a user, I want to filter reports by a field, for example the owner, so that I find mine.', 'for example'],
    ['a second sentence', 'As a user, I want to export reports, so that I can share them. This was asked for by sales.', 'This was asked'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.minimal');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((item) => `${item.message} ${item.evidence}`).join(' ')).toContain(evidence);
  });

  it.each([
    ['the plain story', 'As a user, I want to export reports, so that I can share them.'],
    ['a version number with dots', 'As an admin, I want to upgrade to v2.1 of the tool, so that users get the fixes.'],
    ['detail in a separate paragraph', 'As a user, I want to export reports, so that I can share them.\n\nSales asked for this (PDF only).'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.minimal');
  });
});
