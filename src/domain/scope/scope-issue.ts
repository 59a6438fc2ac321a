import { z } from 'zod';

/** Who made a change, as the changelog says (the account only: names are read from Jira when shown); null for automation without an author. */
export interface ChangeAuthor {
  readonly accountId: string;
}

export const SCOPE_FIELDS = ['sprint', 'estimate', 'status'] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/**
 * One changelog item of a field the ledger reads, with Jira's raw values: sprint ids as Jira writes them
 * ("1619, 1647"), an estimate as text ("5"), a status id ("10001").
 */
export interface FieldChange {
  readonly atMs: number;
  readonly by: ChangeAuthor | null;
  readonly field: ScopeField;
  readonly from: string | null;
  readonly to: string | null;
}

/** An issue as the ledger needs it: its current values and its changelog for sprint, estimate and status. */
export interface ScopeIssue {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly createdMs: number;
  readonly current: {
    readonly sprintIds: readonly number[];
    readonly estimate: number | null;
    readonly statusId: string;
  };
  readonly changes: readonly FieldChange[];
}

const authorSchema = z.object({ accountId: z.string() });

/** The stored shape (a project snapshot keeps the facts it computed the ledger from). */
export const scopeIssueSchema = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  summary: z.string(),
  createdMs: z.number().finite(),
  current: z.object({ sprintIds: z.array(z.int()), estimate: z.number().nullable(), statusId: z.string() }),
  changes: z.array(
    z.object({
      atMs: z.number().finite(),
      by: authorSchema.nullable(),
      field: z.enum(SCOPE_FIELDS),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
});
