import { daysBetween } from '../weeks';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { raisedIf } from './proposal';
import type { Signal } from './signal';
import { byKey, inSprint, isDone } from './tickets';
import { days } from './wording';

/**
 * Unfinished tickets whose due date is before today, one signal per ticket (each has its own deadline and
 * its own stakeholder), wherever the ticket is planned: a due date is a promise on its own. The due day
 * itself is not overdue yet. Key `overdue:<ticket>`: it clears when the ticket is done or its due date
 * moves to today or later.
 */
export function detectOverdue(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const signals: Signal[] = [];
  for (const ticket of [...facts.tickets].sort(byKey)) {
    if (isDone(ticket) || ticket.dueDate === null || ticket.dueDate >= context.today) continue;
    const late = daysBetween(ticket.dueDate, context.today);
    const inActive = inSprint(ticket, facts.activeSprint);
    signals.push({
      detector: 'overdue',
      signalKey: `overdue:${ticket.key}`,
      title: `${ticket.key} is ${days(late)} overdue`,
      explanation: `${ticket.key} was due on ${ticket.dueDate} and is still ${ticket.statusName}, ${days(late)} later${inActive ? `, in ${facts.activeSprint?.name ?? 'the active sprint'}` : ''}.`,
      evidence: [{ key: ticket.key, summary: ticket.summary, fact: `due ${ticket.dueDate}, ${days(late)} overdue, ${ticket.statusName}` }],
      proposedLikelihood: late <= 2 ? 3 : late <= 7 ? 4 : 5,
      proposedImpact: raisedIf(3, inActive),
    });
  }
  return signals;
}
