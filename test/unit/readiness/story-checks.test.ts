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
    ['two things the user is to have access to', 'As an auditor, I want access to the order history and the refund log, so that I can reconcile a month.', '"the order history" and "the refund log"'],
    ['two qualities asked for', 'As an auditor, I want the archive to be complete and searchable, so that evidence holds up.', '"complete" and "searchable"'],
    ['two nouns asked for, one of them a verb used as a noun', 'As an analyst, I want a history and export of changes, so that I can audit the rulebase.', '"a history" and "export"'],
  ])('fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
    expect(found[0]!.evidence).toBe(sentence.slice(sentence.indexOf('want ') + 5, sentence.indexOf(', so that')));
  });

  it('fires for two things the user is to receive', () => {
    const found = findingsOf(story('As a tenant, I want to receive rent reminders and payment receipts by email, so that I keep track.'), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('"rent reminders" and "payment receipts"');
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
    ['"compare and contrast", one act of reading', 'As a buyer, I want to compare and contrast two supplier offers side by side, so that I can pick one.'],
    ['"track and trace", one feature', 'As a customer, I want to track and trace my parcel, so that I know when to be home.'],
    ['a condition inside the goal', 'As a reader, I want to open my saved articles even if they were renamed or moved, so that I keep my reading list.'],
    ['names joined after a preposition', 'As a visitor, I want to sign in with Facebook or Apple, so that I skip the form.'],
    ['two kinds of one thing', 'As a moderator, I want to review reported posts and hidden posts, so that nothing slips through.'],
    ['two participles before a noun', 'As an operator, I want to see known or expected faults for each pump, so that I can plan repairs.'],
    // A purpose clause after the action and its object says why, as a benefit does: what it joins are reasons.
    ['two reasons in a purpose clause', 'As a ward nurse, I want to print the bed list to save time and avoid errors at handover.'],
    ['two reasons after a means that is not the goal\'s head', 'As a courier, I want to deliver parcels using the cargo bike to save time and cut costs.'],
    // One action on several things is one feature: the things are its object, not further requests.
    ['two objects of one action someone is to do ("have ... checked")', 'As a clerk, I want to have the invoice totals and the tax codes checked before posting, so that the ledger stays right.'],
    ['two objects of one verb', 'As a bookkeeper, I want to export the invoices and the receipts of a month as one file, so that the auditor gets both.'],
    ['two measures of one comparison', 'As a dispatcher, I want to compare the cost and duration of each route, so that I can pick one.'],
    // Participles the tagger does not know (its lemma is the word itself) still describe the noun after them.
    ['two unfamiliar participles before a noun', 'As a pharmacist, I want to list the repurposed or recombined compounds of each trial, so that I can compare them.'],
    ['a noun after an unfamiliar participle, then a noun the tagger could read as a verb', 'As an analyst, I want access to pseudonymised patient and visit data from both clinics, so that I can study waiting times.'],
    // Verbs with a subject of their own in the goal describe something; they are not actions asked for.
    ['verbs of a clause saying how something works', 'As a new driver, I want to understand how the app plans routes and avoids tolls, so that I trust its choices.'],
    ['verbs of a clause with its own subject', 'As a moderator, I want to see the posts members have flagged or hidden this week, so that I can review them.'],
    ['verbs of an -ing clause after a comma, saying what the action brings about', 'As a pharmacist, I want to scan each returned pack, ensuring that expired stock is logged and destroyed.'],
    ['verbs of a result clause ("so drivers can ...") that is the benefit', 'As a dispatcher, I want a live map of all vans, so drivers can find and help each other.'],
    ['two adverbs of one verb', 'As a courier, I want to quickly and safely load the van at the depot, so that I leave on time.'],
    // What a thing is used for, after a participle that describes it, is not a further request.
    ['what a described thing is used for', 'As a council officer, I want to see the census figures used to plan school places and bus routes, so that I can check them.'],
    ['the verbs a negation excludes', 'As a patient, I want the clinic app never to share or sell my records, so that my health stays private.'],
    ['two participles before an adjective and a noun', 'As a town planner, I want to see a more informed and engaged local debate, so that plans get support.'],
    // A noun after a preposition's object joins that object; read as a verb only when an object follows it.
    ['a second noun after a preposition', 'As an analyst, I want to examine the correlation between household income and rent with census data, so that I can advise the council.'],
    ['a compound noun ending in -ing joined to a means', 'As a banker, I want to leverage data analytics and machine learning to spot risky loans.'],
    ['a noun used as a verb elsewhere, after a preposition', 'As a teacher, I want to review the results of each quiz and access to extra material, so that I can plan lessons.'],
  ])('does not fire for %s', (_name, sentence) => {
    expect(fired(story(sentence))).not.toContain('story.atomic');
  });

  it.each([
    ['two actions before a purpose clause', 'As a ward nurse, I want to request and track deliveries to save time.', 'and track deliveries'],
    ['two actions asked of the system, then its purpose', 'As a dispatcher, I want the planner to group orders and print route sheets to save the drivers time.', 'and print route sheets'],
    // What a means is used for is the action asked for, not a reason: "use X to A and B" asks for A and B.
    ['a quality and then an action', 'As a salon owner, I want the booking page to be mobile-friendly and remind clients of their appointment, so that fewer miss it.', 'and remind clients'],
    ['two actions a means is used for', 'As a shop owner, I want to use last year\'s sales figures to plan orders and set prices.', 'and set prices'],
    ['two actions of a system that uses a means', 'As a city planner, I want a junction controller that uses road sensors to shorten queues and give buses priority.', 'and give buses priority'],
    ['two actions that a verb lets someone do', 'As a librarian, I want to allow members to reserve and renew books online.', 'and renew books online'],
    ['a second action with an adjective in its object after a preposition', 'As a coach, I want to look beyond the match scores and gain deeper insight into each player, so that I can plan training.', 'and gain deeper insight'],
    ['a second action with its own object after a preposition', 'As a teacher, I want to sort the results of each class by grade and email them to parents, so that parents are informed.', 'and email them to parents'],
    ['a second action after a thing described by a participle and a preposition', 'As a driver, I want control over the trips recorded by my car and delete any of them, so that my movements stay private.', 'and delete any of them'],
    ['a second action after a participle, when no negation comes first', 'As a reader, I want to save or print articles, so that I can read them offline.', 'or print articles'],
    ['a second action after an object with a participle in it', 'As a researcher, I want to explore the use of graph-based models and build a prototype, so that I can test them.', 'adds a second action to "explore the use of graph'],
  ])('still fires for %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
  });

  // The message pairs the second action with the one it parallels, not with the verb nearest to "and".
  it.each([
    ['across a relative clause', 'As an auditor, I want to list the invoices that belong to each supplier and flag the late ones.', 'to "list the invoices that belong to each supplier"'],
    ['past a noun the tagger may read as a verb', 'As a nurse, I want to check patient needs and alert the doctor.', 'to "check patient needs"'],
    ['after a modal and an adverb', 'As a clerk, I want a tool that can quickly scan and file receipts.', 'to "scan"'],
    ['after the object of "help"', 'As an adviser, I want a planner to help my clients compare offers and avoid hidden fees.', 'to "compare offers"'],
    ['with hyphenated words written as in the story', 'As an analyst, I want to build a store-by-store model and publish it weekly.', 'to "build a store-by-store model"'],
  ])('names the first action %s', (_name, sentence, evidence) => {
    const found = findingsOf(story(sentence), 'story.atomic');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(evidence);
  });
});

describe('story.observable', () => {
  it.each([
    ['a goal that only improves', 'As a nurse, I want to improve handovers between shifts, so that nothing is missed.', 'improve handovers'],
    ['"the system to optimise"', 'As a manager, I want the scheduler to optimise staff allocation, so that costs drop.', 'optimise staff allocation'],
    ['a goal of understanding', 'As a student, I want to understand my exam results, so that I can plan revision.', 'understand my exam results'],
    ['"to be able to ensure"', 'As an owner, I want to be able to ensure the shop is tidy, so that customers return.', 'ensure the shop'],
    ['a means and nothing done with it', 'As a buyer, I want to leverage the supplier catalogue, so that I order less often.', 'names a means'],
    ['"the system to utilise"', 'As a planner, I want the roster tool to utilise last year\'s rotas, so that weekends are fair.', 'utilise last year'],
    ['a means used for a vague purpose', 'As a clerk, I want to harness the archive to improve our replies, so that customers wait less.', 'improve our replies'],
    ['insights asked for', 'As a shop owner, I want insights from my till data, so that I can stock up in time.', 'asks for insights'],
    ['insights after a verb', 'As a coach, I want to gain deeper insights into my squad\'s fitness, so that I can pick the team.', 'asks for insights'],
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
    ['a means used for something a tester can see', 'As a buyer, I want to leverage the supplier catalogue to compare prices per unit, so that I pay less.'],
    ['"use", which names its purpose', 'As a clerk, I want to use the archive search, so that I can answer a claim the same day.'],
    ['insights in a relative clause', 'As an analyst, I want a weekly sales table that gives insights to the buyers, so that they reorder in time.'],
    // "learning" and "optimised" are tagged as verbs here; inside a noun phrase they head nothing.
    ['"learning" inside a noun phrase', 'As a developer, I want export access to the machine learning model and its training data, so that I can retrain it.'],
    ['a participle inside a noun phrase', 'As a tester, I want the optimised routes listed on the settings page, so that I can check them.'],
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
