import type { z } from 'zod';
import type { DomainError } from '../criteria/result';

export type RaidErrorCode =
  | 'invalid_input'
  | 'unknown_field'
  | 'read_only_field'
  | 'kind_change'
  | 'version_conflict'
  | 'invalid_transition'
  | 'resolution_required'
  | 'decision_incomplete'
  | 'residual_incomplete'
  | 'invalid_actor'
  | 'invalid_time'
  | 'invalid_number'
  | 'too_many_items';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A RAID error; `fields` tells a form which inputs to mark (every problem found, not just the first). */
export interface RaidError extends DomainError<RaidErrorCode> {
  readonly fields?: readonly FieldProblem[];
}

export type RaidResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RaidError };

export function raidFail(code: RaidErrorCode, message: string, fields?: readonly FieldProblem[]): { ok: false; error: RaidError } {
  return { ok: false, error: fields === undefined ? { code, message } : { code, message, fields } };
}

/** Every problem zod found, with the messages the field schemas wrote. */
export function fromZod(error: z.ZodError): { ok: false; error: RaidError } {
  const fields = error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message }));
  return raidFail('invalid_input', fields.map((f) => f.message).join(' '), fields);
}
