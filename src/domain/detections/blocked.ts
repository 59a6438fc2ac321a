import type { DetectionContext } from './detection-context';
import type { BlockerFact, DetectionFacts, TicketFact } from './detection-facts';
import { scale } from './proposal';
import type { Evidence, Signal } from './signal';
import { byKey, inSprint, isDone } from './tickets';
import { listed } from './wording';

/**
 * Tickets blocked by unresolved tickets, one signal per blocked ticket: each needs its own conversation
 * (with whoever owns the blocker). Looked at: unfinished tickets in the active or the next sprint; on a
 * board without either, every unfinished ticket. A blocker the facts show as done is ignored (links and
 * statuses are read a moment apart). Key `blocked:<blocked ticket>`: it clears when the ticket has no
 * unresolved blocker (or is done, or leaves both sprints).
 */
export function detectBlocked(facts: DetectionFacts, _context: DetectionContext): Signal[] {
  const byTicketKey = new Map(facts.tickets.map((t) => [t.key, t]));
  const sprints = facts.activeSprint !== null || facts.nextSprint !== null;
  const signals: Signal[] = [];
  for (const ticket of [...facts.tickets].sort(byKey)) {
    if (isDone(ticket)) continue;
    const inActive = inSprint(ticket, facts.activeSprint);
    const inNext = inSprint(ticket, facts.nextSprint);
    if (sprints && !inActive && !inNext) continue;
    const blockers = openBlockers(ticket, byTicketKey);
    if (blockers.length === 0) continue;
    const where = inActive ? `, in ${facts.activeSprint?.name ?? 'the active sprint'}` : inNext ? `, planned for ${facts.nextSprint?.name ?? 'the next sprint'}` : '';
    const named = blockers.map((b) => `${b.key} (${b.statusName})`);
    const notStarted = blockers.some((b) => byTicketKey.get(b.key)?.statusCategory === 'new');
    const evidence: Evidence[] = [
      { key: ticket.key, summary: ticket.summary, fact: `${ticket.statusName}, blocked by ${named.join(', ')}` },
      ...blockers.map((b) => ({ key: b.key, summary: byTicketKey.get(b.key)?.summary ?? '', fact: `${b.statusName}, blocks ${ticket.key}` })),
    ];
    signals.push({
      detector: 'blocked',
      signalKey: `blocked:${ticket.key}`,
      title: blockers.length === 1 ? `${ticket.key} is blocked by ${blockers[0]?.key ?? ''}` : `${ticket.key} is blocked by ${blockers.length} unresolved tickets`,
      explanation: `${ticket.key} (${ticket.statusName}${where}) cannot move on until ${listed(named)} ${blockers.length === 1 ? 'is' : 'are'} resolved.${notStarted ? ' Work on a blocker has not started.' : ''}`,
      evidence,
      proposedLikelihood: scale(3 + (notStarted ? 1 : 0) + (blockers.length >= 2 ? 1 : 0)),
      proposedImpact: inActive ? 4 : inNext ? 3 : 2,
    });
  }
  return signals;
}

function openBlockers(ticket: TicketFact, tickets: ReadonlyMap<string, TicketFact>): BlockerFact[] {
  const seen = new Set<string>();
  const open: BlockerFact[] = [];
  for (const blocker of ticket.blockedBy) {
    if (seen.has(blocker.key) || blocker.key === ticket.key) continue;
    seen.add(blocker.key);
    const known = tickets.get(blocker.key);
    if (known !== undefined && isDone(known)) continue;
    open.push(blocker);
  }
  return open.sort(byKey);
}
