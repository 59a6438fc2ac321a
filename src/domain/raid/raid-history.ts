import { z } from 'zod';
import type { RaidItem } from './raid-item';
import type { RaidKind } from './raid-kinds';

export type HistoryValue = string | number | readonly string[] | null;

export interface RaidFieldChange {
  readonly field: string;
  readonly from: HistoryValue;
  readonly to: HistoryValue;
}

/**
 * One append-only history entry: who changed what, when, from what to what. The caller keeps entries in
 * paged records of their own; the item never carries its history, so it cannot outgrow a storage value.
 */
export interface RaidHistoryEntry {
  readonly itemId: string;
  /** The item's version after this change. */
  readonly version: number;
  readonly action: 'created' | 'updated';
  readonly at: string;
  readonly by: string;
  readonly changes: readonly RaidFieldChange[];
}

const historyValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);

export const raidHistoryEntrySchema: z.ZodType<RaidHistoryEntry> = z.object({
  itemId: z.string().min(1),
  version: z.int().min(1),
  action: z.enum(['created', 'updated']),
  at: z.string(),
  by: z.string(),
  changes: z.array(z.object({ field: z.string(), from: historyValue, to: historyValue })),
});

/** The fields history records, in the order a reader expects them; derived scores are included. */
export const HISTORY_FIELDS: Readonly<Record<RaidKind, readonly string[]>> = {
  risk: [
    'title',
    'status',
    'likelihood',
    'impact',
    'score',
    'residualLikelihood',
    'residualImpact',
    'residualScore',
    'response',
    'category',
    'owner',
    'dueDate',
    'nextReviewDate',
    'cause',
    'description',
    'actions',
    'trigger',
    'linkedIssues',
  ],
  assumption: ['title', 'status', 'validateBy', 'owner', 'description', 'linkedIssues'],
  issue: ['title', 'status', 'severity', 'owner', 'resolution', 'description', 'linkedIssues'],
  decision: ['title', 'status', 'decidedBy', 'decidedAt', 'rationale', 'owner', 'description', 'linkedIssues'],
};

/** Exactly the recorded fields whose value differs, from -> to. */
export function changedFields(before: RaidItem, after: RaidItem): RaidFieldChange[] {
  const from = before as unknown as Readonly<Record<string, HistoryValue>>;
  const to = after as unknown as Readonly<Record<string, HistoryValue>>;
  return HISTORY_FIELDS[after.kind]
    .filter((field) => !sameValue(from[field] ?? null, to[field] ?? null))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
}

/** What a new item starts with: every recorded field that has a value, from null. */
export function initialFields(item: RaidItem): RaidFieldChange[] {
  const values = item as unknown as Readonly<Record<string, HistoryValue>>;
  const changes: RaidFieldChange[] = HISTORY_FIELDS[item.kind]
    .map((field) => ({ field, from: null, to: values[field] ?? null }))
    .filter((c) => c.to !== null && c.to !== '' && !(Array.isArray(c.to) && c.to.length === 0));
  if (item.detector !== undefined) changes.push({ field: 'detector', from: null, to: `${item.detector.id} (${item.detector.signalKey})` });
  return changes;
}

function sameValue(a: HistoryValue, b: HistoryValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
