/**
 * How ACC's tickets got their fix versions: sprint work is planned into the release of its first sprint
 * (sprints 1-6: Portal 1.0, the active sprint: Portal 1.1); two tickets were moved to 1.1 before the
 * release; on release day the unresolved rest of 1.0 went to 1.1 (Jira's "move unfixed issues").
 */
import { DEMO_VERSION_IDS, RELEASED_DAYS_AGO, type DemoVersionName } from './site-layout';
import type { DemoTicket } from './ticket-types';

export const VERSION_ID: Record<DemoVersionName, number> = {
  'Portal 1.0': DEMO_VERSION_IDS.portal10,
  'Portal 1.1': DEMO_VERSION_IDS.portal11,
  'Portal 2.0': DEMO_VERSION_IDS.portal20,
};

/** Descoped from 1.0 to 1.1 two days before the release. */
export const DESCOPED = new Set(['invoice-pdf', 'profile-edit']);
export const DESCOPED_DAYS_BEFORE_RELEASE = 2;

export function releaseInstant(now: Date): Date {
  return new Date(Math.floor((now.getTime() - RELEASED_DAYS_AGO * 86_400_000) / 3_600_000) * 3_600_000);
}

/** The version a ticket is planned into, or null. */
export function plannedRelease(ticket: DemoTicket): DemoVersionName | null {
  if (ticket.type === 'Epic') return null;
  if (ticket.release) return ticket.release;
  if (typeof ticket.placement !== 'object') return null;
  const first = ticket.placement.sprints[0] ?? 0;
  return first <= 6 ? 'Portal 1.0' : first === 7 ? 'Portal 1.1' : null;
}
