/** Reading the custom fields Jira returns in several shapes (story points, sprint). */
import type { JiraIssueFields, JiraSprint } from '../api/jira-types';

export function storyPoints(fields: JiraIssueFields, fieldId: string): number | null {
  const value = fields[fieldId];
  return typeof value === 'number' ? value : null;
}

/** Jira returns the sprint field as an array of sprints (closed ones first); the open one is what matters. */
export function sprints(fields: JiraIssueFields, fieldId: string): JiraSprint[] {
  const value = fields[fieldId];
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  return list.filter((item): item is JiraSprint => typeof item === 'object' && item !== null && typeof (item as JiraSprint).id === 'number');
}

export function currentSprint(fields: JiraIssueFields, fieldId: string): JiraSprint | null {
  const all = sprints(fields, fieldId);
  return all.find((sprint) => sprint.state === 'active') ?? all.find((sprint) => sprint.state === 'future') ?? all[all.length - 1] ?? null;
}
