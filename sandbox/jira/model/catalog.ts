/** Issue types and priorities of the sandbox site, with the ids Jira Cloud uses for its defaults. */
export interface IssueTypeInfo {
  id: string;
  name: string;
  description: string;
  hierarchyLevel: number;
}

export const ISSUE_TYPES: readonly IssueTypeInfo[] = [
  { id: '10000', name: 'Epic', description: 'A big user story that needs to be broken down.', hierarchyLevel: 1 },
  { id: '10001', name: 'Story', description: 'Functionality or a feature expressed as a user goal.', hierarchyLevel: 0 },
  { id: '10002', name: 'Task', description: 'A small, distinct piece of work.', hierarchyLevel: 0 },
  { id: '10003', name: 'Bug', description: 'A problem or error.', hierarchyLevel: 0 },
];

export const PRIORITIES: readonly { id: string; name: string; statusColor: string }[] = [
  { id: '1', name: 'Highest', statusColor: '#d04437' },
  { id: '2', name: 'High', statusColor: '#f15C75' },
  { id: '3', name: 'Medium', statusColor: '#f79232' },
  { id: '4', name: 'Low', statusColor: '#707070' },
  { id: '5', name: 'Lowest', statusColor: '#999999' },
];

export function issueTypeByName(name: string): IssueTypeInfo | undefined {
  return ISSUE_TYPES.find((type) => type.name.toLowerCase() === name.toLowerCase());
}

export function issueTypeById(id: string): IssueTypeInfo | undefined {
  return ISSUE_TYPES.find((type) => type.id === id);
}

export function priorityByNameOrId(value: string): (typeof PRIORITIES)[number] | undefined {
  return PRIORITIES.find((priority) => priority.id === value || priority.name.toLowerCase() === value.toLowerCase());
}

/** Field ids of Jira Software's custom fields as they appear on most cloud sites. */
export const SPRINT_FIELD = 'customfield_10020';
export const STORY_POINTS_FIELD = 'customfield_10016';

/** Field id -> display name, for `expand=names` and changelog items. */
export const FIELD_NAMES: Record<string, string> = {
  summary: 'Summary',
  description: 'Description',
  issuetype: 'Issue Type',
  status: 'Status',
  project: 'Project',
  assignee: 'Assignee',
  reporter: 'Reporter',
  priority: 'Priority',
  labels: 'Labels',
  duedate: 'Due date',
  created: 'Created',
  updated: 'Updated',
  resolution: 'Resolution',
  resolutiondate: 'Resolved',
  issuelinks: 'Linked Issues',
  fixVersions: 'Fix versions',
  parent: 'Parent',
  timespent: 'Time Spent',
  timeoriginalestimate: 'Original Estimate',
  timeestimate: 'Remaining Estimate',
  [SPRINT_FIELD]: 'Sprint',
  [STORY_POINTS_FIELD]: 'Story point estimate',
  comment: 'Comment',
  worklog: 'Log Work',
  timetracking: 'Time tracking',
};

/** Fields Jira treats as "navigable" (what `*navigable` and search results may carry). */
export const NAVIGABLE_FIELDS: readonly string[] = Object.keys(FIELD_NAMES).filter(
  (field) => field !== 'comment' && field !== 'worklog' && field !== 'timetracking',
);

export const ALL_FIELDS: readonly string[] = Object.keys(FIELD_NAMES);
