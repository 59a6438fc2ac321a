/**
 * Custom fields whose ids differ from site to site (story points, sprint) arrive untyped under the issue's
 * field index; these parsers are the one place that reads them, so a value of an unexpected shape reads as
 * "not set" instead of being cast.
 */
import { z } from 'zod';
import type { SprintState } from './types';

/** A sprint as the Sprint field lists it on an issue (closed sprints too). */
export interface SprintFieldValue {
  id: number;
  name?: string;
  state: SprintState;
}

const sprintFieldSchema = z.array(
  z.looseObject({ id: z.number().int(), name: z.string().optional(), state: z.enum(['future', 'active', 'closed']) }),
);

/** The sprints of an issue's Sprint field; [] when unset or not in Jira's shape. */
export function sprintFieldValue(value: unknown): SprintFieldValue[] {
  const parsed = sprintFieldSchema.safeParse(value);
  return parsed.success ? parsed.data.map((s) => ({ id: s.id, state: s.state, ...(s.name === undefined ? {} : { name: s.name }) })) : [];
}

/** A number field (story points); null when unset or not a finite number. */
export function numberFieldValue(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
