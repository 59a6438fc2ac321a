/**
 * The body of a version create or edit (the Version bean): what it sets, checked the way Jira checks it.
 * Read-only fields (id, self, overdue, userReleaseDate ...) are ignored, as Jira ignores them. Errors are
 * collected per field and thrown as one 400.
 */
import { JiraHttpError } from './http/jira-error';
import type { VersionRecord } from './store';

const MAX_NAME = 255;

export type VersionChanges = Partial<Pick<VersionRecord, 'name' | 'description' | 'startDate' | 'releaseDate' | 'released' | 'archived'>>;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function dateField(body: Record<string, unknown>, field: 'startDate' | 'releaseDate', changes: VersionChanges, errors: Record<string, string>): void {
  if (!(field in body)) return;
  const value = body[field];
  if (value === null || value === '') changes[field] = null;
  else if (isDate(value)) changes[field] = value;
  else errors[field] = `Invalid date format. Please enter the date in the format "yyyy-MM-dd".`;
}

function booleanField(body: Record<string, unknown>, field: 'released' | 'archived', changes: VersionChanges, errors: Record<string, string>): void {
  if (!(field in body)) return;
  if (typeof body[field] === 'boolean') changes[field] = body[field];
  else errors[field] = `The ${field} value must be true or false.`;
}

/**
 * The changes a body asks for. `siblings` are the other versions of the project (names are unique within a
 * project, ignoring case); `current` is the version being edited (none when creating).
 */
export function versionChanges(body: Record<string, unknown>, siblings: readonly VersionRecord[], current: VersionRecord | null): VersionChanges {
  const changes: VersionChanges = {};
  const errors: Record<string, string> = {};
  if ('name' in body || !current) {
    const name = typeof body['name'] === 'string' ? body['name'].trim() : '';
    if (name === '') errors['name'] = 'You must specify a valid version name';
    else if (name.length > MAX_NAME) errors['name'] = `The version name must not be longer than ${MAX_NAME} characters.`;
    else if (siblings.some((other) => other.id !== current?.id && other.name.toLowerCase() === name.toLowerCase())) {
      errors['name'] = 'A version with this name already exists in this project.';
    } else changes.name = name;
  }
  if ('description' in body) {
    const description = body['description'];
    if (description === null || typeof description === 'string') changes.description = description ?? '';
    else errors['description'] = 'The description must be a string.';
  }
  dateField(body, 'startDate', changes, errors);
  dateField(body, 'releaseDate', changes, errors);
  booleanField(body, 'released', changes, errors);
  booleanField(body, 'archived', changes, errors);
  const start = changes.startDate !== undefined ? changes.startDate : (current?.startDate ?? null);
  const release = changes.releaseDate !== undefined ? changes.releaseDate : (current?.releaseDate ?? null);
  if (!errors['startDate'] && !errors['releaseDate'] && start !== null && release !== null && start > release) {
    errors['startDate'] = 'The start date must be before the release date.';
  }
  if (Object.keys(errors).length > 0) throw new JiraHttpError(400, [], errors);
  return changes;
}
