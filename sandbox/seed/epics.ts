/** Which epic a demo ticket sits under (Jira Cloud's `parent`), and when it was put there. */
import type { DemoTicket } from './ticket-types';

/** A story's epic by its first label that has one; tasks without one belong to the foundations. */
const EPIC_BY_LABEL: Record<string, string> = {
  auth: 'epic-accounts',
  accounts: 'epic-accounts',
  billing: 'epic-billing',
  support: 'epic-support',
  notifications: 'epic-support',
  privacy: 'epic-privacy',
};

/** Tickets the product owner filed under their epic later (a parent change in their history). */
export const FILED_LATER = new Set(['support-form', 'invoice-search', 'ticket-reply', 'hotfix-invoice-total']);

export function epicRefOf(ticket: DemoTicket): string | null {
  if (ticket.epic !== undefined) return ticket.epic;
  if (ticket.type === 'Epic') return null;
  for (const label of ticket.labels ?? []) {
    const epic = EPIC_BY_LABEL[label];
    if (epic) return epic;
  }
  return ticket.type === 'Task' ? 'epic-foundations' : null;
}
