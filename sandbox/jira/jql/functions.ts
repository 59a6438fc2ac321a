import { jqlErrors } from './errors';
import type { FunctionTerm } from './operand-term';

/** Functions the sandbox evaluates (each on its own fields). */
const SANDBOX_FUNCTIONS = new Set(
  [
    'currentUser',
    'openSprints',
    'futureSprints',
    'closedSprints',
    'releasedVersions',
    'unreleasedVersions',
    'earliestUnreleasedVersion',
    'latestReleasedVersion',
    'now',
    'startOfDay',
    'endOfDay',
    'startOfWeek',
    'endOfWeek',
    'startOfMonth',
    'endOfMonth',
    'startOfYear',
    'endOfYear',
  ].map((name) => name.toLowerCase()),
);

/** Other functions Jira Cloud knows: the sandbox names them as unsupported rather than unknown. */
const OTHER_JIRA_FUNCTIONS = new Set(
  [
    'approved',
    'approver',
    'breached',
    'cascadeOption',
    'choiceOption',
    'componentsLeadByUser',
    'completed',
    'currentLogin',
    'elapsed',
    'everBreached',
    'issueHistory',
    'issuesWithRemoteLinksByGlobalId',
    'lastLogin',
    'linkedIssues',
    'membersOf',
    'myApproval',
    'myPending',
    'organizationMembers',
    'parentEpic',
    'paused',
    'pending',
    'pendingBy',
    'projectsLeadByUser',
    'projectsWhereUserHasPermission',
    'projectsWhereUserHasRole',
    'remaining',
    'running',
    'standardIssueTypes',
    'subtaskIssueTypes',
    'updatedBy',
    'votedIssues',
    'watchedIssues',
    'withinCalendarHours',
  ].map((name) => name.toLowerCase()),
);

/** Throws the right JqlError for a function the field cannot take. */
export function refuseFunction(term: FunctionTerm, field: string): never {
  const lower = term.name.toLowerCase();
  if (SANDBOX_FUNCTIONS.has(lower)) throw jqlErrors.functionNotForField(term.name, field);
  if (OTHER_JIRA_FUNCTIONS.has(lower)) throw jqlErrors.functionNotSupportedBySandbox(term.name);
  throw jqlErrors.unknownFunction(term.name);
}

export function isFunction(term: FunctionTerm, name: string): boolean {
  return term.name.toLowerCase() === name.toLowerCase();
}
