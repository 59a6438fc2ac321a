/** The Product Owner's sign-off of an issue's work result, bound to the content it approved. */

export const SIGNOFF_STATES = ['pending', 'approved', 'changes_requested', 'stale'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/** What a history entry records: a person's decision, or the content moving under an approval. */
export type SignoffDecision = 'approved' | 'changes_requested' | 'stale';

export interface SignoffEntry {
  readonly decision: SignoffDecision;
  /** Account id; null when nobody in particular caused it (content changed by an unknown editor). */
  readonly by: string | null;
  readonly at: string;
  /** Required for changes_requested, optional note on an approval, absent for stale. */
  readonly feedback?: string;
  /** Content hash at the time of the entry (see contentHash in the criteria domain). */
  readonly hash: string;
}

export interface Signoff {
  readonly state: SignoffState;
  /** Hash of the content the last decision was about; null while pending. */
  readonly hash: string | null;
  readonly updatedAt: string | null;
  /** Append-only: transitions only ever add entries at the end. */
  readonly history: readonly SignoffEntry[];
}

export const MAX_FEEDBACK_CHARACTERS = 5_000;

export function pendingSignoff(): Signoff {
  return { state: 'pending', hash: null, updatedAt: null, history: [] };
}
