/**
 * The parts of a sprint's scope ledger, in the order the sprint lived them, with the words the page uses for
 * each and the rule behind its points (Jira's sprint report rules, src/domain/scope/README.md).
 */
import type { SprintLedgerView } from '../../project-page-api';

export type LedgerPart = 'committed' | 'added' | 'removed' | 'reEstimated' | 'completed' | 'notCompleted';

export const LEDGER_PARTS: readonly LedgerPart[] = ['committed', 'added', 'removed', 'reEstimated', 'completed', 'notCompleted'];

interface PartWords {
  /** The figure's label. */
  label: string;
  /** The evidence dialog's title, after which the sprint's name follows. */
  title: string;
  /** Which estimate of each ticket the figure counts. */
  pointsRule: string;
  /** What the dialog says when the part is empty. */
  none: string;
}

export const PART_WORDS: Readonly<Record<LedgerPart, PartWords>> = {
  committed: { label: 'Committed at start', title: 'Committed at the start of', pointsRule: 'Each ticket counts its estimate when the sprint started.', none: 'Nothing was in the sprint when it started.' },
  added: { label: 'Added after start', title: 'Added after the start of', pointsRule: 'Each ticket counts its estimate when it was first added.', none: 'Nothing was added after the sprint started.' },
  removed: { label: 'Removed', title: 'Removed during', pointsRule: 'Each ticket counts its estimate when it was last taken out.', none: 'Nothing was taken out of the sprint.' },
  reEstimated: { label: 'Re-estimated', title: 'Re-estimated during', pointsRule: 'Estimates changed while the ticket was in the sprint: first and last value.', none: 'No estimate changed during the sprint.' },
  completed: { label: 'Completed', title: 'Completed in', pointsRule: 'Each ticket counts its estimate at the end of the sprint.', none: 'Nothing was done by the end of the sprint.' },
  notCompleted: { label: 'Not completed', title: 'Not completed in', pointsRule: 'Each ticket counts its estimate at the end of the sprint (now, for the active sprint).', none: 'Everything in the sprint was done.' },
};

/** The tickets behind a part of the ledger. */
export function ticketsOf(ledger: SprintLedgerView, part: LedgerPart): SprintLedgerView['committed'] {
  return ledger[part];
}
