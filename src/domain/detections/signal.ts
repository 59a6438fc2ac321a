import type { DetectorLink, Scale } from '../raid';
import { normalIssueKey } from '../text';
import type { DetectorId } from './detector-ids';

/** One row behind a signal: a ticket (or, for the RAID detectors, a register item) and what is wrong with it. */
export interface Evidence {
  /** A Jira issue key ("ACC-12"); for the RAID detectors the item's label ("A-3", "R-12"). */
  readonly key: string;
  /** The ticket's summary or the item's title; "" when the detector does not know it. */
  readonly summary: string;
  /** The fact in plain words: "In Review, untouched for 9 days", "blocked by ACC-12 (In Progress)". */
  readonly fact: string;
}

/**
 * A risk found in the project's data. `signalKey` names the underlying situation ("blocked:ACC-15",
 * "scope-added:sprint-7"), not the numbers, so it stays the same while the situation lasts: a RAID item
 * promoted from the signal keeps it and is told when no current signal has it any more.
 */
export interface Signal {
  readonly detector: DetectorId;
  readonly signalKey: string;
  readonly title: string;
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  /** 1 (rare) to 5 (almost certain), on the RAID scale; the rules are in the README. */
  readonly proposedLikelihood: Scale;
  /** 1 (minimal) to 5 (severe). */
  readonly proposedImpact: Scale;
}

/** Likelihood x impact, 1 to 25: what signals are ordered by. */
export function signalScore(signal: Pick<Signal, 'proposedLikelihood' | 'proposedImpact'>): number {
  return signal.proposedLikelihood * signal.proposedImpact;
}

/**
 * True when the signal a RAID item was promoted from no longer fires: no current signal has its detector
 * and signal key. The page then suggests closing the item.
 */
export function signalCleared(detectorLink: DetectorLink, currentSignals: readonly Pick<Signal, 'detector' | 'signalKey'>[]): boolean {
  return !currentSignals.some((s) => s.detector === detectorLink.id && s.signalKey === detectorLink.signalKey);
}

/**
 * The Jira issue keys among a signal's evidence, each once, in order: what a promoted RAID item links. RAID
 * labels are not issue keys and are left out.
 */
export function linkableIssueKeys(signal: Pick<Signal, 'evidence'>): string[] {
  const keys: string[] = [];
  for (const row of signal.evidence) {
    const key = normalIssueKey(row.key);
    if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
