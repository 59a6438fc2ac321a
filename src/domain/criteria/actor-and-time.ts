import { fail, ok, type Result } from './result';

/** Who did something (a Jira accountId) and when (ISO 8601 with a zone): both come from the caller. */
export interface ActorAndTime {
  readonly by: string;
  readonly at: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u;

export type ActorAndTimeError = 'invalid_actor' | 'invalid_time';

export function validActorAndTime(input: { by?: unknown; at?: unknown }): Result<ActorAndTime, ActorAndTimeError> {
  if (typeof input.by !== 'string' || input.by.trim() === '') {
    return fail('invalid_actor', 'Who did this is missing (an account id is required).');
  }
  const time = validTime(input.at);
  if (!time.ok) return time;
  return ok({ by: input.by.trim(), at: time.value });
}

export function validTime(at: unknown): Result<string, 'invalid_time'> {
  if (typeof at !== 'string' || !ISO_INSTANT.test(at) || Number.isNaN(Date.parse(at))) {
    return fail('invalid_time', `The time must be an ISO 8601 instant such as 2025-03-01T09:30:00Z; got ${JSON.stringify(at)}.`);
  }
  return ok(at);
}
