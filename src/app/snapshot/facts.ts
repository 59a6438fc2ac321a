/**
 * What the project snapshot job reads from Jira, reduced to what the read models need: small enough to hold
 * 10,000 issues in memory, and JSON, so a run that must continue in another invocation can keep it.
 */
import { z } from 'zod';

/** Status categories by Jira key. */
export const STATUS_CATEGORIES = ['new', 'indeterminate', 'done', 'undefined'] as const;
export type StatusCategoryKey = (typeof STATUS_CATEGORIES)[number];

/** A person as the snapshot keeps them: the account id only (names are read from Jira when a page shows them). */
export interface PersonRef {
  accountId: string;
}

/** One change of a field the ledger, the forecast or a detector follows. */
export interface ChangeFact {
  atMs: number;
  by: PersonRef | null;
  field: 'sprint' | 'estimate' | 'status' | 'fixVersions';
  /** As Jira writes them: sprint ids "1, 2", estimate "3", status id, version id. */
  from: string | null;
  to: string | null;
}

export interface IssueFact {
  id: string;
  key: string;
  summary: string;
  type: string;
  statusId: string;
  statusName: string;
  category: StatusCategoryKey;
  createdMs: number;
  updatedMs: number;
  resolvedMs: number | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  assignee: PersonRef | null;
  parentKey: string | null;
  /** The epic above the issue (its parent when that is an epic, or the parent's parent for a subtask). */
  epicKey: string | null;
  estimate: number | null;
  sprintIds: number[];
  fixVersionIds: string[];
  /** Unfinished issues this one "is blocked by". */
  blockedBy: Array<{ key: string; statusName: string }>;
  /** Seconds logged (Jira's timespent), to tell when stored worklogs are incomplete. */
  timeSpentSeconds: number;
}

export interface SprintFact {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startMs: number | null;
  endMs: number | null;
  completeMs: number | null;
  boardId: number;
  goal: string | null;
}

export interface VersionFact {
  id: string;
  name: string;
  released: boolean;
  archived: boolean;
  /** YYYY-MM-DD. */
  startDate: string | null;
  releaseDate: string | null;
}

export interface WorklogFact {
  id: string;
  issueId: string;
  accountId: string;
  startedMs: number;
  seconds: number;
}

const person = z.object({ accountId: z.string() });

export const issueFactSchema: z.ZodType<IssueFact> = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  statusId: z.string(),
  statusName: z.string(),
  category: z.enum(STATUS_CATEGORIES),
  createdMs: z.number(),
  updatedMs: z.number(),
  resolvedMs: z.number().nullable(),
  dueDate: z.string().nullable(),
  assignee: person.nullable(),
  parentKey: z.string().nullable(),
  epicKey: z.string().nullable(),
  estimate: z.number().nullable(),
  sprintIds: z.array(z.int()),
  fixVersionIds: z.array(z.string()),
  blockedBy: z.array(z.object({ key: z.string(), statusName: z.string() })),
  timeSpentSeconds: z.number(),
});

export const changeFactSchema: z.ZodType<ChangeFact> = z.object({
  atMs: z.number(),
  by: person.nullable(),
  field: z.enum(['sprint', 'estimate', 'status', 'fixVersions']),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const worklogFactSchema: z.ZodType<WorklogFact> = z.object({
  id: z.string(),
  issueId: z.string(),
  accountId: z.string(),
  startedMs: z.number(),
  seconds: z.number(),
});
