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
    ['two verb phrases after "the planner to"', 'As a dispatcher, I want the planner to group orders by street and print one route sheet per driver, so that vans leave on time.', 'and print one route sheet'],
    ['two verbs sharing an object', 'As a clerk, I want to scan and archive signed contracts, so that nothing gets lost.', 'and archive'],
    ['a second verb phrase in a purpose clause', 'As a planner, I want a dashboard of deliveries to spot late vans and warn their customers.', 'and warn their customers'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
    expect(found[0]!.message).toMatch(/second action/);
    expect(found[0]!.fix).toMatch(/Split the story/);
  });

  it.each([
    ['two things asked for', 'As a coach, I want weekly reports and training plans for each athlete, so that I can follow progress.', '"weekly reports" and "training plans"'],
    ['two qualities asked for', 'As an auditor, I want the archive to be complete and searchable, so that evidence holds up.', '"complete" and "searchable"'],
    ['two nouns asked for, one of them a verb used as a noun', 'As an analyst, I want a history and export of changes, so that I can audit the rulebase.', '"a history" and "export"'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
    expect(found[0]!.evidence).toBe(sentence.slice(sentence.indexOf('want ') + 5, sentence.indexOf(', so that')));
  });

  it('fires for a benefit that asks for a second thing outright', () => {
    const found = findingsOf(story('As a teacher, I want to export grades, so that parents see them, and I also want to print report cards.'), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/second thing in its benefit: "and I also want to print/);
  });

  it.each([
    ['"and" joining two objects', 'As a terminator, I want to monitor the use of undesired and preferred terms, so that everyone follows them.'],
    ['"and" in the benefit only', 'As a publisher, I want to sign up for an account, so that I can publish and share data.'],
    ['reasons listed in the benefit', 'As a nurse, I want the ward board to show free beds, so that I can save time and avoid phone calls.'],
    ['a verb used as a noun inside a dependent phrase', 'As an analyst, I want the history of edits and exports of each rulebase, so that I can audit it.'],
    ['a compound object inside a relative clause', 'As a driver, I want a route planner that uses traffic and weather data, so that I arrive on time.'],
    ['two modifiers of one noun', 'As a lab assistant, I want the robot to carry saliva and urine samples to the lab, so that I stay at the bench.'],
    ['two adjectives before a noun', 'As a buyer, I want to filter the list by new and used items, so that I see what fits my budget.'],
    ['a fixed pair naming one action', 'As an editor, I want to drag and drop images into the text, so that I can lay out a page.'],
    ['a condition inside the goal', 'As a reader, I want to open my saved articles even if they were renamed or moved, so that I keep my reading list.'],
    ['names joined after a preposition', 'As a visitor, I want to sign in with Facebook or Apple, so that I skip the form.'],
    ['two kinds of one thing', 'As a moderator, I want to review reported posts and hidden posts, so that nothing slips through.'],
    ['two participles before a noun', 'As an operator, I want to see known or expected faults for each pump, so that I can plan repairs.'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.atomic');
  });
});

describe('story.observable', () => {
  it.each([
    ['a goal that only improves', 'As a nurse, I want to improve handovers between shifts, so that nothing is missed.', 'improve handovers'],
    ['"the system to optimise"', 'As a manager, I want the scheduler to optimise staff allocation, so that costs drop.', 'optimise staff allocation'],
    ['a goal of understanding', 'As a student, I want to understand my exam results, so that I can plan revision.', 'understand my exam results'],
    ['"to be able to ensure"', 'As an owner, I want to be able to ensure the shop is tidy, so that customers return.', 'ensure the shop'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.observable');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
    expect(found[0]!.severity).toBe('minor');
    expect(found[0]!.fix).toMatch(/measurable acceptance criterion/);
  });

  it.each([
    ['a behaviour someone sees', 'As a nurse, I want to see which patients are due for medication, so that none is missed.'],
    ['a measurable target', 'As an operator, I want to improve the pick rate to 120 items per hour, so that orders ship the same day.'],
    ['a vague verb in a relative clause', 'As a cook, I want a timer that ensures nothing burns, so that I can cook two dishes at once.'],
    ['a concrete verb', 'As a manager, I want to cut the weekly report to one page, so that it is read.'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.observable');
  });

  it('does not apply to issue types that need not be stories', () => {
    const snapshot = ticket({ issueType: 'Task', description: `As a nurse, I want to improve handovers, so that nothing is missed.\n\n${READY_CRITERIA}` });
    expect(fired(snapshot)).not.toContain('story.observable');
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
