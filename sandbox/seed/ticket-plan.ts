/**
 * A demo ticket's life as dated changes: created, planned into sprints (carried over, added late, taken
 * out, moved in and out), assigned, re-estimated, filed under its epic, given fix versions, moved through
 * the workflow. timeline.ts writes them in time order; the work intervals feed the worklogs (worklog-plan.ts).
 */
import type { IssueRecord } from '../jira/store';
import { DAY_MS, HOUR_MS } from './calendar';
import { FILED_LATER } from './epics';
import { DESCOPED, DESCOPED_DAYS_BEFORE_RELEASE, VERSION_ID, plannedRelease, releaseInstant } from './releases';
import { DEMO_SPRINT_IDS, demoSprints, type SprintNumber } from './site-layout';
import type { DemoTicket } from './ticket-types';

const STEPS = ['In Progress', 'In Review', 'Done'] as const;
const PLANNER = 'demo-pm';
const OWNER = 'demo-po';

export type Change =
  | { kind: 'sprint'; to: number | null }
  | { kind: 'fields'; patch: Partial<IssueRecord> }
  | { kind: 'parent'; epicRef: string }
  | { kind: 'review-comment' };

export interface TimedChange {
  at: Date;
  author: string;
  change: Change;
}

/** When someone worked on the ticket: the assignee while it was in progress, QA while it was in review. */
export interface WorkInterval {
  accountId: string;
  from: Date;
  to: Date;
  kind: 'build' | 'review';
}

export interface TicketPlan {
  ticket: DemoTicket;
  projectId: number;
  reporter: string;
  created: Date;
  /** The epic it is created under (null: none, or filed later by a change). */
  epicAtCreation: string | null;
  changes: TimedChange[];
  work: WorkInterval[];
}

interface Window {
  start: Date;
  end: Date;
  /** When it left its sprint for the backlog, if it did. */
  removedAt: Date | null;
}

/** Sprint starts and ends as instants, from the same layout the site is seeded with. */
function sprintTimes(now: Date): { start: (n: number) => Date; end: (n: number) => Date } {
  const sprints = new Map(demoSprints(now).map((sprint) => [sprint.id, sprint]));
  return {
    start: (n) => new Date(sprints.get(n)?.startDate ?? now.toISOString()),
    end: (n) => new Date(sprints.get(n)?.endDate ?? now.toISOString()),
  };
}

const plus = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export class TicketPlanner {
  private readonly sprint: ReturnType<typeof sprintTimes>;

  constructor(
    private readonly now: Date,
    private readonly random: () => number,
  ) {
    this.sprint = sprintTimes(now);
  }

  plan(ticket: DemoTicket, projectId: number, reporter: string, epic: string | null): TicketPlan {
    const moves = this.sprintMoves(ticket);
    const created = this.createdAt(ticket, moves);
    const changes: TimedChange[] = moves.map(([to, at]) => ({ at, author: PLANNER, change: { kind: 'sprint', to } }));
    const firstMove = moves[0]?.[1] ?? new Date(created.getTime() + 2 * HOUR_MS);
    if (ticket.assignee) changes.push({ at: new Date(firstMove.getTime() + HOUR_MS), author: PLANNER, change: { kind: 'fields', patch: { assignee: ticket.assignee } } });
    const filedLater = epic !== null && FILED_LATER.has(ticket.ref);
    if (filedLater && epic) changes.push({ at: new Date(firstMove.getTime() - 3 * HOUR_MS), author: OWNER, change: { kind: 'parent', epicRef: epic } });
    const window = this.workWindow(ticket, moves, created);
    if (ticket.estimatedFirst !== undefined && ticket.points !== null && window) {
      // Re-estimated two days into the work, as teams do once they understand the ticket.
      changes.push({ at: plus(window.start, 2), author: ticket.assignee ?? 'demo-dev', change: { kind: 'fields', patch: { storyPoints: ticket.points } } });
    }
    const steps = window ? this.statusSteps(ticket, window) : [];
    for (const [status, at] of steps) {
      const worker = ticket.assignee ?? 'demo-dev';
      changes.push({ at, author: worker, change: { kind: 'fields', patch: { status, resolutiondate: status === 'Done' ? at.toISOString() : null } } });
      if (status === 'In Review' && this.random() < 0.5) changes.push({ at: new Date(at.getTime() + 2 * HOUR_MS), author: 'demo-qa', change: { kind: 'review-comment' } });
    }
    const doneAt = steps.find(([status]) => status === 'Done')?.[1] ?? null;
    changes.push(...this.versionChanges(ticket, firstMove, created, doneAt));
    return { ticket, projectId, reporter, created, epicAtCreation: filedLater ? null : epic, changes, work: this.workIntervals(ticket, steps, window) };
  }

  private start(n: number): Date {
    return this.sprint.start(n);
  }

  /** [sprint id or null (out to the backlog), when] in order. */
  private sprintMoves(ticket: DemoTicket): Array<[number | null, Date]> {
    const moves: Array<[number | null, Date]> = [];
    const placement = ticket.placement;
    if (placement === 'future') moves.push([DEMO_SPRINT_IDS.future, plus(this.now, -2)]);
    else if (typeof placement === 'object') {
      placement.sprints.forEach((n, index) => {
        if (index > 0) moves.push([n, this.start(n)]);
        else if (placement.addedOnDay !== undefined) moves.push([n, plus(this.start(n), placement.addedOnDay)]);
        else moves.push([n, plus(this.start(n), -1)]);
      });
      const last = placement.sprints[placement.sprints.length - 1];
      if (placement.removedOnDay !== undefined && last !== undefined) moves.push([null, plus(this.start(last), placement.removedOnDay)]);
    }
    for (const visit of ticket.visits ?? []) {
      moves.push([visit.sprint, plus(this.start(visit.sprint), visit.inDay)]);
      moves.push([null, plus(this.start(visit.sprint), visit.outDay)]);
    }
    return moves;
  }

  private createdAt(ticket: DemoTicket, moves: Array<[number | null, Date]>): Date {
    const jitterDays = Math.floor(this.random() * 8) + 2;
    if (ticket.createdDaysAgo !== undefined) return plus(this.now, -ticket.createdDaysAgo);
    const placement = ticket.placement;
    // Portal 1.1's planned stories were in the backlog before its release planning (see versionChanges).
    if (placement === 'future') return ticket.release === 'Portal 1.1' ? plus(releaseInstant(this.now), -jitterDays) : plus(this.now, -(5 + jitterDays));
    if (typeof placement === 'object') {
      const first = moves[0]?.[1] ?? this.now;
      return placement.addedOnDay !== undefined ? plus(first, -1) : plus(first, -(jitterDays - 1));
    }
    return plus(this.now, -(10 + jitterDays * 4));
  }

  /** When the work happened; null when it never started. */
  private workWindow(ticket: DemoTicket, moves: Array<[number | null, Date]>, created: Date): Window | null {
    const latest = new Date(this.now.getTime() - 2 * HOUR_MS);
    const placement = ticket.placement;
    if (ticket.type === 'Epic') return { start: this.start(1), end: plus(this.start(1), 2), removedAt: null };
    if (placement === 'future') return null;
    if (placement === 'backlog') {
      if (ticket.createdDaysAgo !== undefined) return { start: plus(created, 1), end: plus(created, 3), removedAt: null };
      return { start: plus(this.now, -14), end: plus(this.now, -0.2), removedAt: null };
    }
    const first = placement.sprints[0] ?? DEMO_SPRINT_IDS.active;
    const last = (placement.sprints[placement.sprints.length - 1] ?? first) as SprintNumber;
    const start = new Date(Math.max(this.start(first).getTime(), moves[0]?.[1].getTime() ?? 0));
    const removedAt = moves.find(([to]) => to === null)?.[1] ?? null;
    const end = removedAt
      ? ticket.status === 'Done'
        ? plus(removedAt, ticket.doneDaysAfterRemoval ?? 2)
        : removedAt
      : new Date(Math.min(this.sprint.end(last).getTime(), latest.getTime()));
    return { start, end: new Date(Math.min(end.getTime(), latest.getTime())), removedAt };
  }

  /** Status changes spread over the window; a ticket taken out and finished later is done after it left. */
  private statusSteps(ticket: DemoTicket, window: Window): Array<[(typeof STEPS)[number], Date]> {
    const target = STEPS.indexOf(ticket.status as (typeof STEPS)[number]);
    if (target < 0) return [];
    const finishedOutside = ticket.status === 'Done' && window.removedAt !== null;
    const end = ticket.stale ? plus(window.start, 1.5) : finishedOutside && window.removedAt ? window.removedAt : window.end;
    const span = end.getTime() - window.start.getTime();
    const steps: Array<[(typeof STEPS)[number], Date]> = [];
    const spread = finishedOutside ? target : target + 1;
    // Work starts soon after planning and finishes anywhere in the second half, as in a real sprint: the team is
    // busy from the first day and tickets are done on different days, not all on one.
    const first = 0.03 + this.random() * 0.2;
    const last = spread <= 1 ? first : target === 2 && !finishedOutside ? 0.5 + this.random() * 0.45 : 0.55 + this.random() * 0.4;
    for (let step = 0; step <= target; step += 1) {
      const status = STEPS[step] ?? 'Done';
      if (finishedOutside && status === 'Done') {
        steps.push([status, window.end]);
        continue;
      }
      const fraction = spread <= 1 ? first : first + ((last - first) * step) / (spread - 1);
      steps.push([status, new Date(window.start.getTime() + Math.max(0.02, Math.min(0.95, fraction)) * span)]);
    }
    return steps;
  }

  private versionChanges(ticket: DemoTicket, firstMove: Date, created: Date, doneAt: Date | null): TimedChange[] {
    const release = plannedRelease(ticket);
    if (!release) return [];
    const released = releaseInstant(this.now);
    const bySprint = typeof ticket.placement === 'object' || ticket.placement === 'future' ? new Date(firstMove.getTime() + 2 * HOUR_MS) : plus(created, 1);
    // Portal 1.1 was planned on 1.0's release day (its start date); only work written after that joins it later.
    const planned = release === 'Portal 1.1' ? new Date(Math.max(released.getTime() + HOUR_MS, created.getTime() + HOUR_MS)) : bySprint;
    const changes: TimedChange[] = [{ at: planned, author: PLANNER, change: { kind: 'fields', patch: { fixVersionIds: [VERSION_ID[release]] } } }];
    if (release !== 'Portal 1.0') return changes;
    const to11: Partial<IssueRecord> = { fixVersionIds: [VERSION_ID['Portal 1.1']] };
    if (DESCOPED.has(ticket.ref)) changes.push({ at: plus(released, -DESCOPED_DAYS_BEFORE_RELEASE), author: PLANNER, change: { kind: 'fields', patch: to11 } });
    else if (planned < released && (doneAt === null || doneAt > released)) changes.push({ at: released, author: PLANNER, change: { kind: 'fields', patch: to11 } });
    return changes;
  }

  private workIntervals(ticket: DemoTicket, steps: Array<[(typeof STEPS)[number], Date]>, window: Window | null): WorkInterval[] {
    if (!window || !ticket.assignee) return [];
    const at = (status: (typeof STEPS)[number]) => steps.find(([name]) => name === status)?.[1];
    const started = at('In Progress');
    if (!started) return [];
    const review = at('In Review');
    const done = at('Done');
    const buildEnd = ticket.stale ? plus(started, 1.5) : (review ?? done ?? window.end);
    const work: WorkInterval[] = [{ accountId: ticket.assignee, from: started, to: buildEnd, kind: 'build' }];
    if (review) {
      work.push({ accountId: 'demo-qa', from: review, to: done ?? window.end, kind: 'review' });
      // Review findings come back to the developer.
      work.push({ accountId: ticket.assignee, from: review, to: done ?? window.end, kind: 'review' });
    }
    return work;
  }
}
