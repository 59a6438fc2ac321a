/**
 * Turning the `fields` (and `update`) of a create or edit request into a new issue record. Errors
 * are collected per field, as Jira reports them (`errors: {field: message}`).
 */
import { isAdfNode, textToAdf } from './adf-text';
import { optionalObject } from './http/body';
import { JiraHttpError } from './http/jira-error';
import { SPRINT_FIELD, STORY_POINTS_FIELD, priorityByNameOrId } from './model/catalog';
import type { Site } from './present/site';
import type { IssueRecord } from './store';

const NOT_SETTABLE = "Field '%s' cannot be set. It is not on the appropriate screen, or unknown.";
const HANDLED_ELSEWHERE = new Set(['project', 'issuetype']);

function accountIdOf(value: unknown): string | null | undefined {
  if (value === null) return null;
  const object = optionalObject(value);
  const id = object?.['accountId'] ?? object?.['id'];
  return typeof id === 'string' ? id : id === null ? null : undefined;
}

/** The issue's current sprint is the last one that is not closed; closed ones stay in the field. */
export function withSprint(site: Site, sprintIds: number[], sprintId: number | null): number[] {
  const kept = sprintIds.filter((id) => site.store.agile.sprint(id)?.state === 'closed');
  return sprintId === null || kept.includes(sprintId) ? kept : [...kept, sprintId];
}

function applyField(site: Site, issue: IssueRecord, field: string, value: unknown, errors: Record<string, string>): void {
  switch (field) {
    case 'summary':
      if (typeof value !== 'string' || value.trim() === '') errors[field] = 'You must specify a summary of the issue.';
      else if (value.length > 255) errors[field] = 'Summary must be less than 255 characters.';
      else issue.summary = value;
      return;
    case 'description':
      if (value === null || value === '') issue.description = null;
      else if (typeof value === 'string') issue.description = textToAdf(value);
      else if (isAdfNode(value) && value.type === 'doc') issue.description = value;
      else errors[field] = 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
      return;
    case 'labels':
      if (!Array.isArray(value) || value.some((label) => typeof label !== 'string' || /\s/.test(label))) {
        errors[field] = 'Labels must be a list of strings without spaces.';
      } else issue.labels = [...new Set(value as string[])];
      return;
    case 'assignee':
    case 'reporter': {
      const accountId = accountIdOf(value);
      if (accountId === undefined) errors[field] = `Specify a valid 'accountId' for ${field === 'assignee' ? 'Assignee' : 'Reporter'}`;
      else if (accountId !== null && !site.store.directory.user(accountId)) errors[field] = `User '${accountId}' does not exist.`;
      else issue[field] = accountId;
      return;
    }
    case 'priority': {
      const object = optionalObject(value);
      const wanted = object?.['id'] ?? object?.['name'];
      const priority = typeof wanted === 'string' ? priorityByNameOrId(wanted) : undefined;
      if (!priority) errors[field] = 'The priority selected is invalid.';
      else issue.priority = priority.name;
      return;
    }
    case 'duedate':
      if (value === null || value === '') issue.duedate = null;
      else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) issue.duedate = value;
      else errors[field] = "Error parsing date string: must be 'yyyy-MM-dd'.";
      return;
    case STORY_POINTS_FIELD:
      if (value === null) issue.storyPoints = null;
      else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) issue.storyPoints = value;
      else errors[field] = 'Operation value must be a number';
      return;
    case SPRINT_FIELD: {
      const id = value === null ? null : Number(optionalObject(value)?.['id'] ?? value);
      if (id !== null && (!Number.isInteger(id) || !site.store.agile.sprint(id))) errors[field] = `Sprint with id ${String(value)} does not exist.`;
      else issue.sprintIds = withSprint(site, issue.sprintIds, id);
      return;
    }
    default:
      if (!HANDLED_ELSEWHERE.has(field)) errors[field] = NOT_SETTABLE.replace('%s', field);
  }
}

/** `update: {labels: [{add: 'x'}, {remove: 'y'}], summary: [{set: 'z'}]}` */
function applyUpdate(site: Site, issue: IssueRecord, field: string, operations: unknown, errors: Record<string, string>): void {
  if (!Array.isArray(operations)) {
    errors[field] = 'Update operations must be a list.';
    return;
  }
  for (const operation of operations) {
    const op = optionalObject(operation) ?? {};
    if ('set' in op) applyField(site, issue, field, op['set'], errors);
    else if (field === 'labels' && typeof op['add'] === 'string') issue.labels = [...new Set([...issue.labels, op['add']])];
    else if (field === 'labels' && typeof op['remove'] === 'string') issue.labels = issue.labels.filter((label) => label !== op['remove']);
    else errors[field] = `The operation for field '${field}' is not supported.`;
  }
}

/** A copy of `issue` with the request's fields and updates applied; throws a 400 naming bad fields. */
export function applyFieldInput(site: Site, issue: IssueRecord, body: Record<string, unknown>): IssueRecord {
  const next: IssueRecord = { ...issue, labels: [...issue.labels], sprintIds: [...issue.sprintIds] };
  const errors: Record<string, string> = {};
  const fields = body['fields'] === undefined ? {} : optionalObject(body['fields']);
  const update = body['update'] === undefined ? {} : optionalObject(body['update']);
  if (!fields || !update) throw new JiraHttpError(400, ["'fields' and 'update' must be JSON objects."]);
  for (const [field, value] of Object.entries(fields)) applyField(site, next, field, value, errors);
  for (const [field, operations] of Object.entries(update)) applyUpdate(site, next, field, operations, errors);
  if (Object.keys(errors).length > 0) throw new JiraHttpError(400, [], errors);
  return next;
}
