import type { PlanningSchedule } from '../settings/project-settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Within the planning window the check refreshes at most this often (edits are re-checked by a trigger). */
const REFRESH_EVERY = 24 * HOUR;

export interface UpcomingSprint {
  id: number;
  /** ISO start date; a future sprint without one cannot be planned against. */
  startDate: string | null;
}

export interface LastScan {
  /** When the last completed scan finished (epoch ms). */
  finishedAt: number;
}

export type ScanDecision = { due: true; reason: string } | { due: false; reason: string };

/**
 * Whether the hourly trigger should scan a project now. Before-sprint mode: from `daysBefore` days before the
 * next future sprint starts until it starts, once a day. Weekly mode: once after each weekly slot.
 */
export function isScanDue(args: { schedule: PlanningSchedule; now: number; nextSprint: UpcomingSprint | null; lastScan: LastScan | null }): ScanDecision {
  const { schedule, now, nextSprint, lastScan } = args;
  if (schedule.mode === 'weekly') {
    const slot = lastWeeklySlot(now, schedule.weekday, schedule.hour);
    if (lastScan && lastScan.finishedAt >= slot) return { due: false, reason: 'already checked since the last weekly slot' };
    return { due: true, reason: 'weekly slot reached' };
  }
  if (!nextSprint) return { due: false, reason: 'no future sprint' };
  if (!nextSprint.startDate) return { due: false, reason: 'the next sprint has no start date' };
  const start = Date.parse(nextSprint.startDate);
  if (Number.isNaN(start)) return { due: false, reason: 'the next sprint has an invalid start date' };
  const windowOpens = start - schedule.daysBefore * DAY;
  if (now < windowOpens) return { due: false, reason: 'planning window not open yet' };
  if (now >= start) return { due: false, reason: 'the sprint has started' };
  if (lastScan && lastScan.finishedAt >= windowOpens && now - lastScan.finishedAt < REFRESH_EVERY) {
    return { due: false, reason: 'checked within the last day' };
  }
  return { due: true, reason: `sprint starts within ${schedule.daysBefore} days` };
}

/** The most recent moment (UTC) at or before `now` that falls on `weekday` (0 = Sunday) at `hour`:00. */
export function lastWeeklySlot(now: number, weekday: number, hour: number): number {
  const d = new Date(now);
  const today = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  let slot = today - back * DAY;
  if (slot > now) slot -= 7 * DAY;
  return slot;
}
