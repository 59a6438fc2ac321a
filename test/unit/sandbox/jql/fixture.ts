import { compileJql, type JqlContext, type JqlIssueView } from '../../../../sandbox/jira/jql';

/** Thursday noon UTC: startOfWeek() is Sunday 2026-11-22, or Monday 2026-11-23 with weekStartsOn. */
export const NOW = new Date('2026-11-26T12:00:00Z');

export const ctx: JqlContext = {
  now: NOW,
  currentUser: 'u-dev1',
  users: [
    { accountId: 'u-po', displayName: 'Product Owner', emailAddress: 'po@example.test' },
    { accountId: 'u-pm', displayName: 'Project Manager', emailAddress: 'pm@example.test' },
    { accountId: 'u-dev1', displayName: 'Dev One' },
    { accountId: 'u-dev2', displayName: 'Dev Two' },
    { accountId: 'u-twin-a', displayName: 'Same Name' },
    { accountId: 'u-twin-b', displayName: 'Same Name' },
  ],
  sprints: [
    { id: 1, name: 'ACC Sprint 1', state: 'closed' },
    { id: 2, name: 'ACC Sprint 2', state: 'active' },
    { id: 3, name: 'ACC Sprint 3', state: 'future' },
    { id: 4, name: 'OPS Sprint 1', state: 'active' },
    { id: 44, name: '7', state: 'closed' },
  ],
  aliases: {
    accordSignoff: { propertyKey: 'accord-signoff', path: 'state', type: 'string' },
    accordApprover: { propertyKey: 'accord-signoff', path: 'approver', type: 'user' },
    accordSignedAt: { propertyKey: 'accord-signoff', path: 'at', type: 'date' },
    accordCriteria: { propertyKey: 'accord-criteria', path: 'count', type: 'number' },
    accordReadiness: { propertyKey: 'accord-readiness', path: 'score', type: 'number' },
    accordReady: { propertyKey: 'accord-readiness', path: 'ready', type: 'string' },
    accordFindings: { propertyKey: 'accord-readiness', path: 'findings', type: 'text' },
    accordChecks: { propertyKey: 'accord-readiness', path: 'failedChecks', type: 'string' },
  },
  projects: [
    { id: '10000', key: 'ACC', name: 'Accord Demo' },
    { id: '10001', key: 'OPS', name: 'Operations' },
  ],
};

type Row = Partial<JqlIssueView> & Pick<JqlIssueView, 'key' | 'summary'>;

const rows: Row[] = [
  {
    key: 'ACC-1', issueType: 'Story', status: 'Done', statusCategory: 'done', sprintIds: [1], assignee: 'u-dev1',
    labels: ['frontend'], priority: 'High', duedate: '2026-11-10', created: '2026-11-01T09:00:00.000Z',
    updated: '2026-11-12T10:00:00.000Z', resolutiondate: '2026-11-12T10:00:00.000Z', storyPoints: 3,
    summary: 'Login page for customers', descriptionText: 'As a customer I want to log in so that I see my orders.',
    properties: {
      'accord-signoff': { state: 'approved', approver: 'u-po', at: '2026-11-12T09:00:00.000+00:00' },
      'accord-readiness': { score: 90, ready: true, findings: 'All checks passed', failedChecks: [] },
      'accord-criteria': { count: 3 },
    },
  },
  {
    key: 'ACC-2', status: 'In Progress', statusCategory: 'indeterminate', sprintIds: [1, 2], assignee: 'u-dev2',
    labels: ['frontend', 'Backend'], priority: 'Medium', created: '2026-11-02T09:00:00.000Z',
    updated: '2026-11-25T08:00:00.000Z', storyPoints: 5, summary: 'Password reset emails',
    descriptionText: 'Send reset emails with a one-time link.',
    properties: { 'accord-readiness': { score: 60, ready: false, findings: 'Vague terms: fast', failedChecks: ['vague-terms', 'estimate'] } },
  },
  {
    key: 'ACC-3', issueType: 'Bug', sprintIds: [2], assignee: null, reporter: 'u-pm', priority: 'Highest',
    duedate: '2026-11-25', created: '2026-11-03T00:00:00.000Z', summary: 'Crash when saving drafts', descriptionText: '',
  },
  {
    key: 'ACC-4', sprintIds: [3], assignee: 'u-dev1', labels: ['backend'], priority: 'Low', duedate: '2026-11-26',
    created: '2026-11-20T10:00:00.000Z', updated: '2026-11-26T09:00:00.000Z', storyPoints: 8,
    summary: 'Export reports as CSV', descriptionText: 'Users export their reports from the reports page.',
    properties: { 'accord-signoff': { state: 'changes-requested', approver: 'u-pm' }, 'accord-criteria': { count: 0 } },
  },
  {
    key: 'ACC-5', issueType: 'Task', sprintIds: [3], priority: null, duedate: '2026-12-01',
    created: '2026-11-22T00:00:00.000Z', storyPoints: 2, summary: 'Set up logging', descriptionText: 'TBD',
    properties: { 'accord-readiness': { score: 30, ready: false, findings: 'Description is a placeholder' } },
  },
  {
    key: 'ACC-6', status: 'In Review', statusCategory: 'indeterminate', sprintIds: [2], assignee: 'u-dev1', reporter: 'u-pm',
    labels: ['ux'], duedate: '2026-11-27', created: '2026-11-23T08:00:00.000Z', updated: '2026-11-26T11:00:00.000Z',
    storyPoints: 3, summary: 'Dashboard filters by team', descriptionText: 'Filter the dashboard by team and by sprint.',
    properties: { 'accord-signoff': { state: 'pending' }, 'accord-criteria': { count: 4 }, 'accord-readiness': { score: 75 } },
  },
  {
    key: 'ACC-7', status: 'Done', statusCategory: 'done', sprintIds: [1], assignee: 'u-dev2', priority: 'High',
    duedate: '2026-11-05', created: '2026-10-15T12:00:00.000Z', updated: '2026-11-06T12:00:00.000Z',
    resolutiondate: '2026-11-06T12:00:00.000Z', storyPoints: 1, summary: 'Signup form validation',
    descriptionText: 'Validate the email address and the password strength.',
    properties: { 'accord-signoff': { state: 'approved', approver: 'u-po' }, 'accord-criteria': { count: 3 }, 'accord-readiness': { score: 100, ready: true } },
  },
  {
    key: 'ACC-8', issueType: 'Bug', status: 'Done', statusCategory: 'done', labels: ['hotfix'], priority: 'Highest',
    assignee: 'u-dev1', reporter: 'u-pm', created: '2026-11-25T15:00:00.000Z', updated: '2026-11-26T10:00:00.000Z',
    resolutiondate: '2026-11-26T10:00:00.000Z', summary: 'Fix typo in footer', descriptionText: 'The footer says "Acord".',
  },
  { key: 'ACC-9', issueType: 'Epic', created: '2026-09-01T08:00:00.000Z', summary: 'Customer onboarding', descriptionText: 'Everything a new customer needs.' },
  {
    key: 'ACC-10', assignee: 'u-dev2', labels: ['frontend'], priority: 'Low', created: '2026-11-24T10:00:00.000Z',
    storyPoints: 13, summary: 'Stories about dashboards', descriptionText: "The team's dashboard needs boxes and charts.",
  },
  {
    key: 'ACC-11', sprintIds: [3], reporter: 'u-pm', duedate: '2026-11-28', created: '2026-11-25T09:30:00.000Z',
    summary: 'Sign-off audit trail', descriptionText: 'Keep every sign-off decision with who and when.',
  },
  {
    key: 'ACC-12', issueType: 'Task', status: 'In Progress', statusCategory: 'indeterminate', sprintIds: [2],
    assignee: 'u-pm', reporter: 'u-pm', priority: 'Lowest', created: '2026-11-10T10:00:00.000Z', storyPoints: 0.5,
    summary: 'Budget tracking spreadsheet', descriptionText: 'Track hours against the budget.',
  },
  { key: 'ACC-13', assignee: 'u-twin-a', created: '2026-11-11T10:00:00.000Z', summary: 'Logout button', descriptionText: 'Add a logout button to the header.' },
  { key: 'ACC-14', assignee: 'u-twin-b', created: '2026-11-12T10:00:00.000Z', summary: 'Profile page', descriptionText: 'Show the profile of the logged-in user.' },
  { key: 'ACC-15', sprintIds: [44], created: '2026-11-13T10:00:00.000Z', summary: 'Old sprint work', descriptionText: '' },
  { key: 'ACC-16', created: '2026-11-26T11:59:00.000Z', summary: 'Newest idea', descriptionText: 'Maybe later.', properties: { 'accord-signoff': { state: 'Approved' } } },
  { key: 'OPS-1', issueType: 'Task', sprintIds: [4], assignee: 'u-dev2', reporter: 'u-pm', labels: ['ops'], created: '2026-11-05T10:00:00.000Z', summary: 'Rotate logs', descriptionText: 'Rotate the logs weekly.' },
  {
    key: 'OPS-2', issueType: 'Task', status: 'Done', statusCategory: 'done', sprintIds: [4], assignee: 'u-dev1', reporter: 'u-pm',
    labels: ['ops'], priority: 'Low', created: '2026-11-06T10:00:00.000Z', resolutiondate: '2026-11-20T16:00:00.000Z',
    summary: 'Renew certificates', descriptionText: 'Renew the TLS certificates before they expire.',
  },
  { key: 'OPS-3', issueType: 'Bug', status: 'In Progress', statusCategory: 'indeterminate', assignee: 'u-dev2', created: '2026-11-07T10:00:00.000Z', summary: 'Backup job fails', descriptionText: 'The nightly backup fails with a timeout.' },
  { key: 'OPS-4', issueType: 'Task', created: '2026-11-08T10:00:00.000Z', summary: 'Disk usage alert', descriptionText: '' },
];

export const issues: JqlIssueView[] = rows.map((row, index) => {
  const projectKey = row.key.split('-')[0]!;
  const ops = projectKey === 'OPS';
  return {
    id: String(10001 + index),
    projectId: ops ? '10001' : '10000',
    projectKey,
    projectName: ops ? 'Operations' : 'Accord Demo',
    issueType: 'Story',
    status: 'To Do',
    statusCategory: 'new',
    sprintIds: [],
    assignee: null,
    reporter: 'u-po',
    labels: [],
    priority: 'Medium',
    duedate: null,
    created: '2026-11-01T00:00:00.000Z',
    updated: row.created ?? '2026-11-01T00:00:00.000Z',
    resolutiondate: null,
    storyPoints: null,
    descriptionText: '',
    properties: {},
    ...row,
  };
});

/** Keys of matching issues in fixture order (ACC-1 .. OPS-4), for readable assertions. */
export function matching(jql: string, context: JqlContext = ctx): string[] {
  const compiled = compileJql(jql, context);
  return issues.filter((issue) => compiled.matches(issue)).map((issue) => issue.key);
}

/** Keys of matching issues in the query's order. */
export function search(jql: string, context: JqlContext = ctx): string[] {
  const compiled = compileJql(jql, context);
  return issues
    .filter((issue) => compiled.matches(issue))
    .sort(compiled.compare)
    .map((issue) => issue.key);
}

export function allKeysExcept(...excluded: string[]): string[] {
  return issues.map((issue) => issue.key).filter((key) => !excluded.includes(key));
}
