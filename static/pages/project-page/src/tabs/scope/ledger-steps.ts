/**
 * The ledger as steps from what the sprint promised to where it ended: committed, + added, − removed,
 * ± re-estimated, = completed + not completed. Points add up only with the re-estimates, so their net change is
 * what closes the sum; ticket counts add up without it.
 */
import type { SprintScopeSummary } from '../../project-page-api';

export type Unit = 'points' | 'tickets';

/** Net change of estimates while tickets were in the sprint (0 for tickets). */
export function reEstimateNet(sprint: SprintScopeSummary, unit: Unit): number {
  if (unit === 'tickets') return 0;
  const p = sprint.points;
  return round(p.completed + p.notCompleted - (p.committed + p.added - p.removed));
}

/** One sprint's figures in one unit. */
export function figures(sprint: SprintScopeSummary, unit: Unit) {
  const f = unit === 'points' ? sprint.points : sprint.counts;
  return { committed: f.committed, added: f.added, removed: f.removed, reEstimated: reEstimateNet(sprint, unit), completed: f.completed, notCompleted: f.notCompleted };
}

export interface WaterfallBar {
  label: string;
  /** Invisible part below the bar. */
  base: number;
  /** The step's visible height (always positive). */
  size: number;
  /** The signed change the step stands for ("+5", "−2"). */
  change: number;
  part: 'committed' | 'added' | 'removed' | 'reEstimated';
}

export interface Waterfall {
  steps: WaterfallBar[];
  end: { completed: number; notCompleted: number };
  /** committed + added − removed ± re-estimated: equals completed + not completed. */
  total: number;
}

/** The bars of the waterfall chart; a re-estimate step only when estimates changed. */
export function waterfall(sprint: SprintScopeSummary, unit: Unit): Waterfall {
  const f = figures(sprint, unit);
  const afterAdded = f.committed + f.added;
  const afterRemoved = afterAdded - f.removed;
  const steps: WaterfallBar[] = [
    { label: 'Committed', base: 0, size: f.committed, change: f.committed, part: 'committed' },
    { label: 'Added', base: f.committed, size: f.added, change: f.added, part: 'added' },
    { label: 'Removed', base: afterRemoved, size: f.removed, change: -f.removed, part: 'removed' },
  ];
  if (f.reEstimated !== 0) {
    steps.push({ label: 'Re-estimated', base: Math.min(afterRemoved, afterRemoved + f.reEstimated), size: Math.abs(f.reEstimated), change: f.reEstimated, part: 'reEstimated' });
  }
  return { steps, end: { completed: f.completed, notCompleted: f.notCompleted }, total: round(afterRemoved + f.reEstimated) };
}

/** "+5", "−2", "0": a change written as a PM reads it (a real minus sign). */
export function signed(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${formatAmount(n)}` : `−${formatAmount(-n)}`;
}

/** Points may be halves: "2.5"; whole numbers without decimals. */
export function formatAmount(n: number): string {
  return String(round(n));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** "13 points", "1 ticket". */
export function amountWithUnit(n: number, unit: Unit): string {
  const word = unit === 'points' ? (n === 1 ? 'point' : 'points') : n === 1 ? 'ticket' : 'tickets';
  return `${formatAmount(n)} ${word}`;
}

/** Churn as a whole percent; null when nothing was committed. */
export function churnPercent(churn: number | null): number | null {
  return churn === null ? null : Math.round(churn * 100);
}
