import { z } from 'zod';
import { fail, ok, type Result } from '../criteria/result';

/** One Jira worklog, as a fact: who logged how long on which ticket, starting when (epoch ms). */
export interface Worklog {
  readonly id: string;
  readonly issueKey: string;
  readonly accountId: string;
  readonly startedMs: number;
  readonly seconds: number;
}

/** The stored shape (a project snapshot keeps the worklogs it summed). */
export const worklogSchema = z.strictObject({
  id: z.string().min(1),
  issueKey: z.string().min(1),
  accountId: z.string().min(1),
  startedMs: z.number().finite(),
  seconds: z.int().min(0),
});

/**
 * Hours for display, rounded to 2 decimals from seconds. Always round a sum of seconds, never sum rounded
 * hours: 3 worklogs of 20 minutes are 1 hour, not 0.99.
 */
export function hoursOf(seconds: number): number {
  // seconds / 36 is hours * 100; integer seconds keep this exact until the final rounding.
  return Math.round(seconds / 36) / 100;
}

/**
 * Checks the worklogs and keeps each id once (pages of a worklog listing can overlap). A worklog that is not
 * a fact (no id, negative or fractional seconds, no start) is refused by id rather than skipped: a silently
 * dropped worklog is an hour the client is never billed for.
 */
export function validWorklogs(worklogs: readonly Worklog[]): Result<Worklog[], 'invalid_worklog'> {
  const seen = new Set<string>();
  const kept: Worklog[] = [];
  for (const [index, worklog] of worklogs.entries()) {
    const parsed = worklogSchema.safeParse(worklog);
    if (!parsed.success) {
      const which = typeof worklog?.id === 'string' && worklog.id !== '' ? `Worklog ${worklog.id}` : `Worklog ${index + 1}`;
      const issue = parsed.error.issues[0];
      return fail('invalid_worklog', `${which}: ${issue?.path.join('.') ?? 'value'} ${issue?.message ?? 'is invalid'}.`);
    }
    if (seen.has(parsed.data.id)) continue;
    seen.add(parsed.data.id);
    kept.push(parsed.data);
  }
  return ok(kept);
}
