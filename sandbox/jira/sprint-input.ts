/**
 * The body of a sprint create or edit, checked as the agile API documents it: a name of at most 30
 * characters, dates as ISO date-times (Jira's `+1000` offsets too), a goal; `completeDate` cannot be set.
 */
import { JiraHttpError, badRequest } from './http/jira-error';
import type { SprintRecord, SprintState } from './store';

/** "name: string; // limited to 30 characters" (Forge events reference, Jira Software, Sprint). */
const MAX_NAME = 30;

export type SprintChanges = Partial<Pick<SprintRecord, 'name' | 'goal' | 'startDate' | 'endDate'>> & { state?: SprintState };

function dateOf(value: unknown, field: string): string | null {
  if (value === null || value === '') return null;
  const time = typeof value === 'string' ? Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : Number.NaN;
  if (Number.isNaN(time)) throw new JiraHttpError(400, [], { [field]: `The ${field} '${String(value)}' is not a valid date.` });
  return new Date(time).toISOString();
}

/** `full`: a PUT, where fields left out are cleared (the name and state cannot be). */
export function sprintChanges(body: Record<string, unknown>, full: boolean): SprintChanges {
  const changes: SprintChanges = {};
  if ('name' in body || full) {
    const name = typeof body['name'] === 'string' ? body['name'].trim() : '';
    if (name === '') throw new JiraHttpError(400, [], { name: 'The sprint name must not be empty.' });
    if (name.length > MAX_NAME) throw new JiraHttpError(400, [], { name: `The sprint name must not be longer than ${MAX_NAME} characters.` });
    changes.name = name;
  }
  if ('goal' in body || full) {
    const goal = body['goal'] ?? '';
    if (typeof goal !== 'string') throw new JiraHttpError(400, [], { goal: 'The sprint goal must be a string.' });
    changes.goal = goal;
  }
  for (const field of ['startDate', 'endDate'] as const) if (field in body || full) changes[field] = dateOf(body[field] ?? null, field);
  if ('state' in body) {
    const state = body['state'];
    if (state !== 'future' && state !== 'active' && state !== 'closed') throw badRequest(`The sprint state '${String(state)}' is not valid.`);
    changes.state = state;
  }
  return changes;
}
