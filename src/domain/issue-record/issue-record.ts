import { z } from 'zod';
import { contentHash } from '../criteria/content-hash';
import { emptyIssueCriteria, VERIFICATION_STATES, type IssueCriteria } from '../criteria/criterion';
import { pendingSignoff, SIGNOFF_STATES, type Signoff } from '../signoff/signoff';
import { contentChanged } from '../signoff/signoff-transitions';

/**
 * The authoritative record of one issue: its acceptance criteria and its sign-off. The sign-off's `history`
 * holds the newest entries; older ones are archived in history pages (`archived` counts them), so the record
 * stays within a storage value however many decisions are made.
 */
export interface IssueRecord {
  readonly criteria: IssueCriteria;
  readonly signoff: Signoff;
  readonly archived?: { readonly entries: number; readonly pages: number };
  /**
   * Decisions whose comment in the issue's activity is not written yet, by the decision entry's time: kept in
   * the same write as the decision, so a comment Jira refused is retried, never silently lost.
   */
  readonly pendingComments?: readonly PendingComment[];
}

export interface PendingComment {
  /** The `at` of the sign-off entry the comment records. */
  readonly at: string;
  readonly attempts: number;
  /** True once Accord stopped retrying (Jira kept refusing); the panel says so. */
  readonly gaveUp?: boolean;
  /** The criteria counts at the time of the decision, for the comment. */
  readonly criteria?: { readonly total: number; readonly passed: number; readonly failed: number };
  /** Until when (epoch ms) one delivery of the retry is writing the comment: a second delivery leaves it alone. */
  readonly claimedUntil?: number;
}

export function emptyIssueRecord(): IssueRecord {
  return { criteria: emptyIssueCriteria(), signoff: pendingSignoff() };
}

/** The stored shape, checked on every read and write (src/ports/store.ts). */
export const issueRecordSchema: z.ZodType<IssueRecord> = z.object({
  criteria: z.object({
    criteria: z.array(
      z.object({
        id: z.string().min(1),
        text: z.string(),
        verification: z.object({ state: z.enum(VERIFICATION_STATES), by: z.string().optional(), at: z.string().optional() }),
      }),
    ),
  }),
  signoff: z.object({
    state: z.enum(SIGNOFF_STATES),
    hash: z.string().nullable(),
    updatedAt: z.string().nullable(),
    history: z.array(
      z.object({
        decision: z.enum(['approved', 'changes_requested', 'stale']),
        by: z.string().nullable(),
        at: z.string(),
        feedback: z.string().optional(),
        hash: z.string(),
      }),
    ),
  }),
  archived: z.object({ entries: z.int().nonnegative(), pages: z.int().nonnegative() }).optional(),
  pendingComments: z
    .array(
      z.object({
        at: z.string(),
        attempts: z.int().nonnegative(),
        gaveUp: z.boolean().optional(),
        criteria: z.object({ total: z.int(), passed: z.int(), failed: z.int() }).optional(),
        claimedUntil: z.number().optional(),
      }),
    )
    .optional(),
});

/** The record as of the issue's current content, and whether that made an approval stale. */
export interface CurrentRecord {
  record: IssueRecord;
  /** The hash of the criteria and description now: what an approval made now is bound to. */
  hash: string;
  /** True when an approval of other content became stale here: the record must be written. */
  becameStale: boolean;
}

/**
 * The one place the "sign-off goes stale" rule meets the content: hashes the record's criteria with the
 * issue's current description, and marks an approval of other content stale (who changed it, when).
 * Every reader and writer of an issue record goes through here, so they all agree on the state.
 */
export function withCurrentContent(record: IssueRecord, description: unknown, change: { at: string; by?: string | null }): CurrentRecord {
  const hash = contentHash({ criteria: record.criteria.criteria, description });
  const marked = contentChanged(record.signoff, { hash, at: change.at, by: change.by ?? null });
  if (!marked.ok || marked.value === record.signoff) return { record, hash, becameStale: false };
  return { record: { ...record, signoff: marked.value }, hash, becameStale: true };
}

/** The criteria texts, in order. */
export function criteriaTexts(record: IssueRecord): string[] {
  return record.criteria.criteria.map((c) => c.text);
}
