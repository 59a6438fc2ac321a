/**
 * The team's time sheets: every weekday, in each person's own time zone, the hours they spent on the
 * tickets they were working on (from the ticket plans), plus sprint planning and reviews on the team's
 * ceremonies task. Realistic days (four to seven and a half hours logged, in half hours), so the PM's hours
 * add up; Dana in New York also logs a Monday evening and Aiko's Tokyo mornings start on Sunday in UTC,
 * so week boundaries in different time zones are exercised.
 */
import type { AdfNode } from '../jira/adf-text';
import { textToAdf } from '../jira/adf-text';
import { HOUR_MS, isMonday, isWeekday, localDays, zonedInstant, type LocalDay } from './calendar';
import { pick } from './random';
import type { WorkInterval } from './ticket-plan';

export interface Worker {
  accountId: string;
  timeZone: string;
  /** Local hour the day starts at. */
  dayStart: number;
  /** Hours logged on a working day, [least, most]. */
  hours: [number, number];
  /** Not on the team before this instant. */
  joined?: Date;
  /** Logs an extra hour on Monday evenings (local 19:30). */
  mondayEvenings?: boolean;
}

export interface PlannedWorklog {
  issueId: number;
  author: string;
  started: Date;
  seconds: number;
  created: Date;
  comment: AdfNode;
}

export interface AssignedWork extends WorkInterval {
  issueId: number;
}

const BUILD_NOTES = ['Implementation', 'Implementation and unit tests', 'Pairing on the approach', 'Refactoring before the change', 'Investigating the cause'];
const REVIEW_NOTES = ['Fixing review comments', 'Code review', 'Testing on staging', 'Writing test notes', 'Regression test'];

const FOLLOW_UP_NOTES = ['Follow-up fixes', 'Answering questions from testing', 'Documentation'];
const PREPARATION_NOTES = ['Preparing the next ticket', 'Refinement with the product owner', 'Technical spike'];
/** Days before or after a ticket's work in which someone still logs time on it. */
const NEAR_DAYS = 7;

/** The work interval closest to `atMs` within NEAR_DAYS, or null. */
function nearestWork(work: readonly AssignedWork[], atMs: number): AssignedWork | null {
  let best: AssignedWork | null = null;
  let bestDistance = NEAR_DAYS * 86_400_000;
  for (const interval of work) {
    const distance = atMs < interval.from.getTime() ? interval.from.getTime() - atMs : atMs - interval.to.getTime();
    if (distance >= 0 && distance < bestDistance) {
      best = interval;
      bestDistance = distance;
    }
  }
  return best;
}

/** Half hours, as the time sheets are kept. */
function halfHours(random: () => number, [least, most]: [number, number]): number {
  const steps = Math.round((most - least) * 2);
  return least + Math.floor(random() * (steps + 1)) / 2;
}

export interface TeamCalendar {
  /** Sprint start instants (planning) and end instants (review and retrospective). */
  sprintStarts: Date[];
  sprintEnds: Date[];
  /** The task the team logs ceremonies and management on. */
  ceremoniesIssueId: number;
  from: Date;
  now: Date;
}

function happensOn(instants: readonly Date[], day: LocalDay, timeZone: string): boolean {
  const start = zonedInstant(day, 0, timeZone).getTime();
  const end = zonedInstant({ dayMs: day.dayMs + 86_400_000 }, 0, timeZone).getTime();
  return instants.some((instant) => instant.getTime() >= start && instant.getTime() < end);
}

/** Every worklog of one person, day by day. */
function workerLogs(worker: Worker, work: readonly AssignedWork[], team: TeamCalendar, random: () => number): PlannedWorklog[] {
  const logs: PlannedWorklog[] = [];
  const mine = work.filter((interval) => interval.accountId === worker.accountId);
  const from = worker.joined && worker.joined > team.from ? worker.joined : team.from;
  const latestCreated = team.now.getTime() - 5 * 60_000;
  for (const day of localDays(from, team.now, worker.timeZone)) {
    if (!isWeekday(day)) continue;
    let hour = worker.dayStart;
    const add = (issueId: number, hours: number, note: string) => {
      const started = zonedInstant(day, hour, worker.timeZone);
      const created = new Date(started.getTime() + hours * HOUR_MS + 7 * 60_000);
      hour += hours;
      if (started < from || created.getTime() > latestCreated) return;
      logs.push({ issueId, author: worker.accountId, started, seconds: Math.round(hours * 3600), created, comment: textToAdf(note) });
    };
    let budget = halfHours(random, worker.hours);
    if (happensOn(team.sprintStarts, day, worker.timeZone)) {
      add(team.ceremoniesIssueId, 1.5, 'Sprint planning');
      budget -= 1.5;
    }
    if (happensOn(team.sprintEnds, day, worker.timeZone)) {
      add(team.ceremoniesIssueId, 1, 'Sprint review and retrospective');
      budget -= 1;
    }
    const noon = zonedInstant(day, 12, worker.timeZone).getTime();
    const current = mine.filter((interval) => interval.from.getTime() <= noon && noon < interval.to.getTime());
    if (current.length === 0) {
      // Between tickets people still work: follow-ups on what they just finished, or preparing what comes next.
      const near = nearestWork(mine, noon);
      if (near && budget > 0) add(near.issueId, budget, near.to.getTime() <= noon ? pick(random, FOLLOW_UP_NOTES) : pick(random, PREPARATION_NOTES));
      continue;
    }
    const first = pick(random, current);
    const second = current.length > 1 ? pick(random, current.filter((interval) => interval !== first)) : null;
    const firstShare = second ? Math.max(1, Math.round(budget * (0.5 + random() * 0.3) * 2) / 2) : budget;
    const note = (interval: AssignedWork) => pick(random, interval.kind === 'build' ? BUILD_NOTES : REVIEW_NOTES);
    if (firstShare > 0) add(first.issueId, firstShare, note(first));
    if (second && budget - firstShare > 0) add(second.issueId, budget - firstShare, note(second));
    if (worker.mondayEvenings && isMonday(day)) {
      hour = 19.5;
      add(first.issueId, 1, 'Evening release support');
    }
  }
  return logs;
}

/** The project manager's day: stakeholder updates and planning on the ceremonies task, then his own tickets. */
function managerLogs(worker: Worker, work: readonly AssignedWork[], team: TeamCalendar, random: () => number): PlannedWorklog[] {
  const daily = workerLogs(worker, work, team, random);
  const extra: PlannedWorklog[] = [];
  for (const day of localDays(team.from, team.now, worker.timeZone)) {
    if (!isWeekday(day)) continue;
    const hours = halfHours(random, [1, 2]);
    const started = zonedInstant(day, worker.dayStart - hours, worker.timeZone);
    const created = new Date(started.getTime() + hours * HOUR_MS + 5 * 60_000);
    if (created.getTime() > team.now.getTime() - 5 * 60_000) continue;
    extra.push({ issueId: team.ceremoniesIssueId, author: worker.accountId, started, seconds: Math.round(hours * 3600), created, comment: textToAdf(pick(random, ['Stakeholder update', 'Backlog refinement', 'Release planning', 'Status report'])) });
  }
  return [...extra, ...daily];
}

/** Every worklog of the team, oldest first. */
export function planWorklogs(workers: readonly Worker[], work: readonly AssignedWork[], team: TeamCalendar, random: () => number, managerId: string): PlannedWorklog[] {
  const logs = workers.flatMap((worker) => (worker.accountId === managerId ? managerLogs(worker, work, team, random) : workerLogs(worker, work, team, random)));
  return logs.sort((a, b) => a.created.getTime() - b.created.getTime() || a.started.getTime() - b.started.getTime());
}
