import type { SignoffState } from '../signoff/signoff';
import { daysBetween } from '../weeks';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts, TicketFact } from './detection-facts';
import { byCount, raisedIf } from './proposal';
import type { Signal } from './signal';
import { byKey, inSprint, isDone } from './tickets';
import { count, days, isAre, listed } from './wording';

type Unapproved = Exclude<SignoffState, 'approved'> | 'none';

const STATE_FACT: Readonly<Record<Unapproved, string>> = {
  pending: 'awaiting sign-off',
  changes_requested: 'changes were requested',
  stale: 'the approval went stale when the content changed',
  none: 'no sign-off recorded',
};

const STATE_COUNT: Readonly<Record<Unapproved, (n: number) => string>> = {
  pending: (n) => `${n} ${n === 1 ? 'awaits' : 'await'} sign-off`,
  changes_requested: (n) => `${n} had changes requested`,
  stale: (n) => `${n} ${n === 1 ? 'has a stale approval' : 'have stale approvals'}`,
  none: (n) => `${n} ${n === 1 ? 'has' : 'have'} no sign-off record`,
};

/**
 * Done work without the product owner's approval, one signal for the project: the PM takes the list to
 * the product owner. Counted: done tickets in the active sprint, and done tickets resolved at most
 * `recentlyResolvedDays` ago (the last sprint's work, a board without sprints), whose sign-off is pending,
 * changes requested, stale, or not recorded at all. Key `not-signed-off`: the situation (finished work
 * waiting for its approval) spans sprints, so the key does not change with the sprint; it clears when each
 * such ticket is approved or ages out of the window.
 */
export function detectNotSignedOff(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const window = context.settings.recentlyResolvedDays;
  const resolvedAgo = (t: TicketFact): number | null => (t.resolvedMs === null ? null : daysBetween(context.dateOf(t.resolvedMs), context.today));
  const unsigned = facts.tickets
    .filter((t) => isDone(t) && t.signoffState !== 'approved')
    .filter((t) => {
      const ago = resolvedAgo(t);
      return inSprint(t, facts.activeSprint) || (ago !== null && ago <= window);
    })
    .sort(byKey);
  if (unsigned.length === 0) return [];
  const n = unsigned.length;
  const stateOf = (t: TicketFact): Unapproved => (t.signoffState === null || t.signoffState === 'approved' ? 'none' : t.signoffState);
  const tally = new Map<Unapproved, number>();
  for (const t of unsigned) tally.set(stateOf(t), (tally.get(stateOf(t)) ?? 0) + 1);
  const breakdown = (['pending', 'changes_requested', 'stale', 'none'] as const).filter((s) => tally.has(s)).map((s) => STATE_COUNT[s](tally.get(s) ?? 0));
  const where = facts.activeSprint === null ? `resolved in the last ${days(window)}` : `done in ${facts.activeSprint.name} or resolved in the last ${days(window)}`;
  return [
    {
      detector: 'not-signed-off',
      signalKey: 'not-signed-off',
      title: `${count(n, 'done ticket')} ${isAre(n)} not signed off`,
      explanation: `${count(n, 'finished ticket')} (${where}) ${hasNoApproval(n)} from the product owner: ${listed(breakdown)}.`,
      evidence: unsigned.map((t) => {
        const ago = resolvedAgo(t);
        const when = ago === null ? '' : ago <= 0 ? ' (resolved today)' : ` (resolved ${days(ago)} ago)`;
        return { key: t.key, summary: t.summary, fact: `${t.statusName}, ${STATE_FACT[stateOf(t)]}${when}` };
      }),
      proposedLikelihood: byCount(n),
      proposedImpact: raisedIf(3, tally.has('changes_requested')),
    },
  ];
}

function hasNoApproval(n: number): string {
  return n === 1 ? 'has no approval' : 'have no approval';
}
