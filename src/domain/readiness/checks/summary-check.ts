import { finding, NO_FINDINGS, type Check } from './check';

// Conventional prefixes ("(feat):", "fix:", "[UI]") say what kind of change, not what it is.
const PREFIX = /^\s*(?:\([^)]{0,30}\)|\[[^\]]{0,30}\]|[a-z]{2,10}(?:\([^)]{0,30}\))?)\s*:\s*|^\s*\[[^\]]{0,30}\]\s*/i;
const GENERIC =
  /^(?:fix(?:es)?|bugs?|bug ?fix(?:es)?|updates?|changes?|misc(?:ellaneous)?|stuff|issues?|problems?|tasks?|todo|tbd|tests?|testing|wip|feature|new feature|improvements?|enhancements?|cleanup|clean up|refactor(?:ing)?|various fixes|minor fixes|small fixes|tweaks?|placeholder|story|new story|untitled)\.?$/i;
const MIN_WORDS = 3;

export const summaryVague: Check = (ticket, rules) => {
  const summary = ticket.summary;
  if (summary === '') {
    return [finding('summary.vague', rules, 'The summary is empty.', '', 'Give the ticket a short, specific title.')];
  }
  const core = summary.replace(PREFIX, '').trim();
  const words = core === '' ? 0 : core.split(/\s+/).length;
  if (GENERIC.test(core)) {
    return [
      finding(
        'summary.vague',
        rules,
        'The summary is generic: it does not say what changes.',
        summary,
        'Name the feature or behaviour, e.g. "Export the rulebase as PDF".',
      ),
    ];
  }
  if (words < MIN_WORDS) {
    return [
      finding(
        'summary.vague',
        rules,
        `The summary has ${words} word${words === 1 ? '' : 's'}; it should say what changes.`,
        summary,
        'Write a short title with a verb and an object, e.g. "Export the rulebase as PDF".',
      ),
    ];
  }
  return NO_FINDINGS;
};
