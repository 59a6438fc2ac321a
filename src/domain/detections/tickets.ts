import { compareKeys } from '../text';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts, SprintFact, TicketFact } from './detection-facts';
import type { Signal } from './signal';

/** The signature every detector has: plain facts and the context in, signals out (none: nothing found). */
export type Detector = (facts: DetectionFacts, context: DetectionContext) => Signal[];

export function isDone(ticket: Pick<TicketFact, 'statusCategory'>): boolean {
  return ticket.statusCategory === 'done';
}

export function inSprint(ticket: Pick<TicketFact, 'sprintIds'>, sprint: Pick<SprintFact, 'id'> | null): boolean {
  return sprint !== null && ticket.sprintIds.includes(sprint.id);
}

/** Unfinished tickets in a sprint, in key order. */
export function openTicketsIn(tickets: readonly TicketFact[], sprint: SprintFact): TicketFact[] {
  return tickets.filter((t) => inSprint(t, sprint) && !isDone(t)).sort(byKey);
}

export function byKey(a: Pick<TicketFact, 'key'>, b: Pick<TicketFact, 'key'>): number {
  return compareKeys(a.key, b.key);
}

/** The key every signal about a sprint uses: "sprint-7" (ids, not names: a sprint can be renamed). */
export function sprintRef(sprint: Pick<SprintFact, 'id'>): string {
  return `sprint-${sprint.id}`;
}
