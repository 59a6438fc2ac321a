import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byCount, raisedIf } from './proposal';
import type { Signal } from './signal';
import { openTicketsIn, sprintRef } from './tickets';
import { count, isAre } from './wording';

/**
 * Unready tickets in the next sprint, one signal for the sprint: the PM takes the list into refinement.
 * A ticket never checked is not counted (there is no finding to show), but the explanation says how many
 * are unchecked. Key `unready:sprint-<id>`: it clears when every checked ticket is ready, or when the
 * sprint starts (it is no longer the next one).
 */
export function detectUnreadyNextSprint(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const sprint = facts.nextSprint;
  if (sprint === null) return [];
  const open = openTicketsIn(facts.tickets, sprint);
  const unready = open.filter((t) => t.readiness !== null && !t.readiness.ready);
  if (unready.length === 0) return [];
  const unchecked = open.filter((t) => t.readiness === null).length;
  const n = unready.length;
  const starts = sprint.startMs === null ? '' : ` (starts ${context.dateOf(sprint.startMs)})`;
  return [
    {
      detector: 'unready-next-sprint',
      signalKey: `unready:${sprintRef(sprint)}`,
      title: `${count(n, 'ticket')} in ${sprint.name} ${isAre(n)} not ready`,
      explanation:
        `${n} of the ${open.length} open tickets planned for ${sprint.name}${starts} fail the Definition of Ready.` +
        (unchecked > 0 ? ` ${count(unchecked, 'more ticket', 'more tickets')} ${unchecked === 1 ? 'has' : 'have'} not been checked yet.` : ''),
      evidence: unready.map((t) => {
        const checks = t.readiness?.failedChecks ?? [];
        const score = t.readiness?.score ?? 0;
        return { key: t.key, summary: t.summary, fact: checks.length === 0 ? `score ${score}, below the threshold` : `score ${score}; fails ${checks.join(', ')}` };
      }),
      proposedLikelihood: byCount(n),
      proposedImpact: raisedIf(3, 2 * n >= open.length),
    },
  ];
}
