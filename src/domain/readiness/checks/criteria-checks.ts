import { tagWords } from '../language/pos-tags';
import type { Finding } from '../types';
import { finding, MAX_FINDINGS_PER_CHECK, NO_FINDINGS, type Check } from './check';

export const acMissing: Check = (ticket, rules) =>
  ticket.criteria !== null
    ? NO_FINDINGS
    : [
        finding(
          'ac.missing',
          rules,
          'No acceptance criteria: none are kept in Accord and the description has no "Acceptance criteria" section.',
          '',
          'Add acceptance criteria in the Accord panel, or an "Acceptance criteria" heading with a list or Given/When/Then scenarios.',
        ),
      ];

// A scenario: starts with Scenario or Given, or is several steps starting with When. A single line
// "When X, Y appears" is a plain statement and judged as one.
const GHERKIN_START = /^\s*(?:scenario\b|given\b|when\b[^\n]*\n\s*(?:and|but|then)\b)/i;
const THEN_STEP = /(?<![\w-])then(?![\w-])/i;
// Words that state something observable: modals, forms of "be"/"have", and common outcome verbs.
const OUTCOME =
  /(?<![\w-])(?:should|must|shall|will|can|cannot|can't|won't|is|are|was|were|be|has|have|does|do|gets?|sees?|shows?|shown|displays?|appears?|returns?|contains?|includes?|receives?|sends?|sent|redirects?|saves?|creates?|opens?|closes?|lists?|rejects?|accepts?|allows?|prevents?|blocks?|logs?|records?|exists?|matches?|equals?|reads?|says?|lets?|needs?|requires?|fails?|succeeds?|works?|takes?|loads?|stays?|remains?|becomes?|changes?|updates?|notif(?:y|ies)|finds?|found|hides?|hidden|clears?|sorts?|filters?|downloads?|exports?|imports?|prints?|locks?|unlocks?|expires?|charges?|calculates?|counts?|totals?|navigates?|moves?|adds?|removes?|deletes?|keeps?|uses?|lands?|starts?|stops?|ends?|marks?|highlights?|links?|offers?|asks?|warns?|confirms?|prompts?|plays?|refunds?|renders?|responds?|responses?|limits?)(?![\w-])|\w{3,}ed(?![\w-])/i;
const MIN_WORDS = 3;

export const acUntestable: Check = (ticket, rules) => {
  const criteria = ticket.criteria;
  if (criteria === null) return NO_FINDINGS;
  let found: Finding[] | null = null;
  const vague = rules.vagueTerms;
  for (const criterion of criteria) {
    const problem = untestableBecause(criterion, vague);
    if (problem === null) continue;
    found ??= [];
    found.push(
      finding(
        'ac.untestable',
        rules,
        `Acceptance criterion cannot be tested: ${problem}.`,
        criterion,
        'State an observable outcome a tester can check, e.g. "Given <context>, when <action>, then <result>".',
      ),
    );
    if (found.length >= MAX_FINDINGS_PER_CHECK) break;
  }
  return found ?? NO_FINDINGS;
};

/**
 * A criterion the outcome words above miss may still be a plain statement with its own verb
 * ("Typing three letters suggests matching customers"): its parts of speech show a finite verb, an
 * auxiliary or an inflected verb that is not an -ing form. A phrase without one ("Nice looking cover
 * page design") states nothing to check; a bare verb form may be a noun the tagger misread.
 */
function statesSomething(criterion: string): boolean {
  for (const word of tagWords(criterion)) {
    if (word.pos === 'AUX') return true;
    if (word.pos === 'VERB' && word.lemma !== word.lower && !word.lower.endsWith('ing')) return true;
  }
  return false;
}

function untestableBecause(criterion: string, vague: RegExp | null): string | null {
  if (GHERKIN_START.test(criterion)) {
    if (!THEN_STEP.test(criterion)) return 'the scenario has no Then step (no observable outcome)';
  } else {
    const words = criterion.trim().split(/\s+/).length;
    if (words < MIN_WORDS) return 'too short to state a checkable outcome';
    if (!OUTCOME.test(criterion) && !statesSomething(criterion)) return 'it states no observable outcome (not Given/When/Then nor a checkable statement)';
  }
  if (vague !== null) {
    vague.lastIndex = 0;
    const term = vague.exec(criterion);
    if (term !== null) return `it uses the vague term "${term[0]}"`;
  }
  return null;
}
