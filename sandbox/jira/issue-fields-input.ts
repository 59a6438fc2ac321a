/**
 * Turning the `fields` (and `update`) of a create or edit request into a new issue record. Errors
 * are collected per field, as Jira reports them (`errors: {field: message}`).
 */
import { isAdfNode, textToAdf } from './adf-text';
import { optionalObject } from './http/body';
import { JiraHttpError } from './http/jira-error';
import { SPRINT_FIELD, STORY_POINTS_FIELD, issueTypeByName, priorityByNameOrId } from './model/catalog';
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

/** A version of the issue's project named by `{id}` or `{name}` (what Jira accepts in fixVersions). */
function versionOf(site: Site, issue: IssueRecord, ref: unknown): { id: number } | { error: string } {
  const object = optionalObject(ref);
  const id = object?.['id'];
  const name = object?.['name'];
  if (id !== undefined && id !== null) {
    const version = /^\d+$/.test(String(id)) ? site.store.versions.get(Number(id)) : undefined;
    return version && version.projectId === issue.projectId ? { id: version.id } : { error: `Version id '${String(id)}' is not valid` };
  }
  if (typeof name === 'string') {
    const version = site.store.versions.ofProjectInOrder(issue.projectId).find((candidate) => candidate.name === name);
    return version ? { id: version.id } : { error: `Version name '${name}' is not valid` };
  }
  return { error: 'Fix versions are given as {"id": ...} or {"name": ...}.' };
}

function setFixVersions(site: Site, issue: IssueRecord, value: unknown, errors: Record<string, string>): void {
  if (value === null) {
    issue.fixVersionIds = [];
    return;
  }
  if (!Array.isArray(value)) {
    errors['fixVersions'] = 'Fix versions must be a list of versions.';
    return;
  }
  const ids: number[] = [];
  for (const ref of value) {
    const found = versionOf(site, issue, ref);
    if ('error' in found) {
      errors['fixVersions'] = found.error;
      return;
    }
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  issue.fixVersionIds = ids;
}

const WRONG_HIERARCHY = 'Given parent issue does not belong to appropriate hierarchy.';

/** `parent: {key}` or `{id}`: an epic of the same project above a story, task or bug (Jira Cloud's hierarchy). */
function setParent(site: Site, issue: IssueRecord, value: unknown, errors: Record<string, string>): void {
  if (value === null) {
    issue.parentId = null;
    return;
  }
  const object = optionalObject(value);
  const ref = object?.['key'] ?? object?.['id'];
  const parent = typeof ref === 'string' || typeof ref === 'number' ? site.store.issues.find(ref) : undefined;
  if (!parent) {
    errors['parent'] = `Could not find issue by id or key.`;
    return;
  }
  const childLevel = issueTypeByName(issue.issueType)?.hierarchyLevel ?? 0;
  const parentLevel = issueTypeByName(parent.issueType)?.hierarchyLevel ?? 0;
  if (parent.id === issue.id || parent.projectId !== issue.projectId || parentLevel !== childLevel + 1) {
    errors['parent'] = WRONG_HIERARCHY;
    return;
  }
  issue.parentId = parent.id;
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
    case 'fixVersions':
      setFixVersions(site, issue, value, errors);
      return;
    case 'parent':
      setParent(site, issue, value, errors);
      return;
    default:
      if (!HANDLED_ELSEWHERE.has(field)) errors[field] = NOT_SETTABLE.replace('%s', field);
  }
}

/** `update: {fixVersions: [{add: {name: '1.1'}}, {remove: {id: '10000'}}]}` */
function changeFixVersions(site: Site, issue: IssueRecord, op: Record<string, unknown>, errors: Record<string, string>): void {
  const found = versionOf(site, issue, op['add'] ?? op['remove']);
  if ('error' in found) errors['fixVersions'] = found.error;
  else if ('add' in op) issue.fixVersionIds = issue.fixVersionIds.includes(found.id) ? issue.fixVersionIds : [...issue.fixVersionIds, found.id];
  else issue.fixVersionIds = issue.fixVersionIds.filter((id) => id !== found.id);
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
    else if (field === 'fixVersions' && ('add' in op || 'remove' in op)) changeFixVersions(site, issue, op, errors);
    else errors[field] = `The operation for field '${field}' is not supported.`;
  }
}

/** A copy of `issue` with the request's fields and updates applied; throws a 400 naming bad fields. */
export function applyFieldInput(site: Site, issue: IssueRecord, body: Record<string, unknown>): IssueRecord {
  const next: IssueRecord = { ...issue, labels: [...issue.labels], sprintIds: [...issue.sprintIds], fixVersionIds: [...issue.fixVersionIds] };
  const errors: Record<string, string> = {};
  const fields = body['fields'] === undefined ? {} : optionalObject(body['fields']);
  const update = body['update'] === undefined ? {} : optionalObject(body['update']);
  if (!fields || !update) throw new JiraHttpError(400, ["'fields' and 'update' must be JSON objects."]);
  for (const [field, value] of Object.entries(fields)) applyField(site, next, field, value, errors);
  for (const [field, operations] of Object.entries(update)) applyUpdate(site, next, field, operations, errors);
  if (Object.keys(errors).length > 0) throw new JiraHttpError(400, [], errors);
  return next;
}
