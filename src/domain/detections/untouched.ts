import { compareKeys } from '../text';
import { daysBetween } from '../weeks';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byCount, raisedIf } from './proposal';
import type { Signal } from './signal';
import { openTicketsIn, sprintRef } from './tickets';
import { count, days, hasHave } from './wording';

/**
 * Unfinished tickets in the active sprint with no update for `untouchedDays` calendar days or more, one
 * signal for the sprint (the list goes to the stand-up). Idle days are counted between the local dates of
 * the last update and today. Key `untouched:sprint-<id>`: it clears when every ticket has moved (or is done),
 * or the sprint ends.
 */
export function detectUntouched(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const sprint = facts.activeSprint;
  if (sprint === null) return [];
  const limit = context.settings.untouchedDays;
  const open = openTicketsIn(facts.tickets, sprint);
  const idle = open
    .map((t) => ({ ticket: t, idle: daysBetween(context.dateOf(t.updatedMs), context.today) }))
    .filter((x) => x.idle >= limit)
    .sort((a, b) => b.idle - a.idle || compareKeys(a.ticket.key, b.ticket.key));
  const longest = idle[0];
  if (longest === undefined) return [];
  const n = idle.length;
  return [
    {
      detector: 'untouched',
      signalKey: `untouched:${sprintRef(sprint)}`,
      title: `${count(n, 'ticket')} in ${sprint.name} ${hasHave(n)} not moved in ${days(limit)}`,
      explanation:
        `${n} of the ${open.length} unfinished tickets in ${sprint.name} ${hasHave(n)} had no update for ${days(limit)} or more` +
        (n === 1 ? ` (${days(longest.idle)}).` : `; the longest, ${longest.ticket.key}, for ${days(longest.idle)}.`),
      evidence: idle.map(({ ticket, idle: d }) => ({
        key: ticket.key,
        summary: ticket.summary,
        fact: `${ticket.statusName}, untouched for ${days(d)} (last updated ${context.dateOf(ticket.updatedMs)})`,
      })),
      proposedLikelihood: byCount(n),
      proposedImpact: raisedIf(3, longest.idle >= 2 * limit),
    },
  ];
}
