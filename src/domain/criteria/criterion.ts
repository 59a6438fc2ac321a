/** Acceptance criteria of one Jira issue: the authoritative record kept by the app. */

export const VERIFICATION_STATES = ['unverified', 'passed', 'failed'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/**
 * Who last set the state and when (ISO 8601). A criterion that was never verified has
 * neither; one reset to "unverified" by someone keeps who did it.
 */
export interface Verification {
  readonly state: VerificationState;
  readonly by?: string;
  readonly at?: string;
}

/** One criterion: a plain sentence or a Given/When/Then scenario (see `criterionKind`). */
export interface Criterion {
  readonly id: string;
  readonly text: string;
  readonly verification: Verification;
}

/**
 * `version` belongs to the store (optimistic concurrency); the pure operations carry it
 * through unchanged and the store bumps it when it writes.
 */
export interface IssueCriteria {
  readonly criteria: readonly Criterion[];
  readonly version?: number;
}

export const UNVERIFIED: Verification = Object.freeze({ state: 'unverified' });

export function emptyIssueCriteria(): IssueCriteria {
  return { criteria: [] };
}
