/**
 * The one workflow every sandbox issue type uses: To Do <-> In Progress <-> In Review <-> Done.
 * Transitions are named after their target status, as in Jira's simplified workflows.
 */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface WorkflowStatus {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export const STATUSES: readonly WorkflowStatus[] = [
  { id: '10000', name: 'To Do', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10001', name: 'In Review', category: 'indeterminate' },
  { id: '10002', name: 'Done', category: 'done' },
];

const CATEGORIES: Record<StatusCategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

/** Transition id per target status (ids are stable so apps and tests can name them). */
const TRANSITION_IDS: Record<string, string> = { 'To Do': '11', 'In Progress': '21', 'In Review': '31', Done: '41' };

export interface WorkflowTransition {
  id: string;
  name: string;
  to: WorkflowStatus;
}

export function statusByName(name: string): WorkflowStatus | undefined {
  return STATUSES.find((status) => status.name.toLowerCase() === name.toLowerCase());
}

export function statusCategoryOf(name: string): StatusCategoryKey {
  return statusByName(name)?.category ?? 'new';
}

/** Neighbours in the workflow line: one step forward and one step back. */
export function transitionsFrom(statusName: string): WorkflowTransition[] {
  const index = STATUSES.findIndex((status) => status.name === statusName);
  const targets = [STATUSES[index + 1], index > 0 ? STATUSES[index - 1] : undefined];
  if (index < 0) targets.splice(0, targets.length, STATUSES[0]);
  return targets
    .filter((status): status is WorkflowStatus => status !== undefined)
    .map((to) => ({ id: TRANSITION_IDS[to.name] ?? to.id, name: to.name, to }));
}

export function statusJson(baseUrl: string, statusName: string): Record<string, unknown> {
  const status = statusByName(statusName) ?? { id: '10000', name: statusName, category: 'new' as const };
  const category = CATEGORIES[status.category];
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: status.category,
      colorName: category.colorName,
      name: category.name,
    },
  };
}
