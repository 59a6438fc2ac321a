import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byCount, raisedIf } from './proposal';
import type { Signal } from './signal';
import { openTicketsIn, sprintRef } from './tickets';
import { count, hasHave } from './wording';

/**
 * Unestimated tickets in the next sprint, one signal for the sprint (the list goes to the estimation
 * session). Types in `estimateExemptTypes` (sub-tasks, epics) are not expected to carry points. Key
 * `unestimated:sprint-<id>`.
 */
export function detectUnestimatedNextSprint(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const sprint = facts.nextSprint;
  if (sprint === null) return [];
  const exempt = new Set(context.settings.estimateExemptTypes.map((t) => t.toLowerCase()));
  const open = openTicketsIn(facts.tickets, sprint).filter((t) => !exempt.has(t.type.toLowerCase()));
  const unestimated = open.filter((t) => t.estimate === null);
  if (unestimated.length === 0) return [];
  const n = unestimated.length;
  return [
    {
      detector: 'unestimated-next-sprint',
      signalKey: `unestimated:${sprintRef(sprint)}`,
      title: `${count(n, 'ticket')} in ${sprint.name} ${hasHave(n)} no estimate`,
      explanation: `${n} of the ${open.length} open tickets planned for ${sprint.name} ${hasHave(n)} no story points, so the sprint's load and the forecasts leave ${n === 1 ? 'it' : 'them'} out.`,
      evidence: unestimated.map((t) => ({ key: t.key, summary: t.summary, fact: `${t.type}, ${t.statusName}, no story points` })),
      proposedLikelihood: byCount(n),
      proposedImpact: raisedIf(2, 2 * n >= open.length),
    },
  ];
}
