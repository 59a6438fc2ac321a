/**
 * Seeds the demo site on an empty database: people, the ACC and OPS projects with roles, ACC's
 * board with closed, active and future sprints, 60+ tickets with history, work logs and links.
 * Deterministic for a given `now`; does nothing when the site already has projects.
 */
import type { Database } from 'better-sqlite3';
import { JiraStore } from '../jira/store';
import { seededRandom } from './random';
import { DAY_MS, DEMO_BOARD_ID, DEMO_PROJECTS, DEMO_SPRINT_IDS, OPS_BOARD_ID, ROLE_MEMBERS, demoSprints } from './site-layout';
import type { DemoTicket } from './ticket-types';
import { CURRENT_TICKETS } from './tickets-current';
import { DELIVERED_TICKETS } from './tickets-delivered';
import { OPS_TICKETS } from './tickets-ops';
import { BLOCKS, PLANNED_TICKETS } from './tickets-planned';
import { Timeline, type TicketPlan } from './timeline';
import { DEMO_TEAMMATES, DEMO_USERS } from './users';

export const ACC_TICKETS: readonly DemoTicket[] = [...DELIVERED_TICKETS, ...CURRENT_TICKETS, ...PLANNED_TICKETS];

function reporterOf(ticket: DemoTicket): string {
  if (ticket.type === 'Bug') return ticket.ref.length % 2 === 0 ? 'demo-qa' : 'demo-dev';
  return ticket.type === 'Task' ? 'demo-pm' : 'demo-po';
}

type PlanTiming = Pick<TicketPlan, 'created' | 'sprintMoves' | 'workWindow'>;

function timing(ticket: DemoTicket, now: Date, random: () => number): PlanTiming {
  const sprints = new Map(demoSprints(now).map((sprint) => [sprint.id, sprint]));
  const start = (id: number) => new Date(sprints.get(id)?.startDate ?? now.toISOString());
  const end = (id: number) => new Date(Math.min(new Date(sprints.get(id)?.endDate ?? now.toISOString()).getTime(), now.getTime() - 2 * 3_600_000));
  const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);
  const jitter = () => Math.floor(random() * 8) + 2;
  const { closed1, closed2, active, future } = DEMO_SPRINT_IDS;
  switch (ticket.placement) {
    case 'closed-1':
      return { created: daysBefore(start(closed1), jitter()), sprintMoves: [[closed1, daysBefore(start(closed1), 1)]], workWindow: [start(closed1), end(closed1)] };
    case 'closed-2':
      return { created: daysBefore(start(closed2), jitter()), sprintMoves: [[closed2, daysBefore(start(closed2), 1)]], workWindow: [start(closed2), end(closed2)] };
    case 'carried-over':
      return {
        created: daysBefore(start(closed2), jitter()),
        sprintMoves: [[closed2, daysBefore(start(closed2), 1)], [active, start(active)]],
        workWindow: [start(closed2), end(active)],
      };
    case 'active':
      return { created: daysBefore(start(active), jitter()), sprintMoves: [[active, daysBefore(start(active), 1)]], workWindow: [start(active), end(active)] };
    case 'active-added-late': {
      const added = new Date(start(active).getTime() + 3 * DAY_MS);
      return { created: daysBefore(added, 1), sprintMoves: [[active, added]], workWindow: [added, end(active)] };
    }
    case 'future':
      return { created: daysBefore(now, 5 + jitter()), sprintMoves: [[future, daysBefore(now, 2)]], workWindow: null };
    case 'backlog':
      return { created: daysBefore(now, 10 + jitter() * 4), sprintMoves: [], workWindow: [daysBefore(now, 14), daysBefore(now, 0.2)] };
  }
}

export function seedDemoSite(db: Database, now: Date): void {
  const store = new JiraStore(db);
  if (store.directory.projects().length > 0) return;
  const random = seededRandom(20240611);
  store.transaction(() => {
    for (const user of [...DEMO_USERS, ...DEMO_TEAMMATES]) {
      store.directory.addUser({ accountId: user.accountId, displayName: user.displayName, email: user.emailAddress, timeZone: user.timeZone, active: true });
    }
    for (const project of Object.values(DEMO_PROJECTS)) store.directory.addProject(project);
    for (const [projectId, roleId, accountId] of ROLE_MEMBERS) store.directory.addRoleMember(projectId, roleId, accountId);
    store.agile.addBoard({ id: DEMO_BOARD_ID, name: 'ACC board', type: 'scrum', projectId: DEMO_PROJECTS.accord.id });
    store.agile.addBoard({ id: OPS_BOARD_ID, name: 'OPS board', type: 'kanban', projectId: DEMO_PROJECTS.operations.id });
    for (const sprint of demoSprints(now)) store.agile.saveSprint(sprint);

    const plans: Array<Omit<TicketPlan, 'key' | 'id'>> = [
      ...ACC_TICKETS.map((ticket) => ({ ticket, projectId: DEMO_PROJECTS.accord.id, reporter: reporterOf(ticket), ...timing(ticket, now, random) })),
      ...OPS_TICKETS.map((ticket) => ({ ticket, projectId: DEMO_PROJECTS.operations.id, reporter: 'demo-pm', ...timing(ticket, now, random) })),
    ];
    // Keys follow creation order, as they do in Jira.
    plans.sort((a, b) => a.created.getTime() - b.created.getTime());
    const timeline = new Timeline(store, random, now);
    const byRef = new Map<string, number>();
    for (const plan of plans) {
      const id = store.issues.nextId();
      const key = `${plan.projectId === DEMO_PROJECTS.accord.id ? DEMO_PROJECTS.accord.key : DEMO_PROJECTS.operations.key}-${store.directory.takeIssueNumber(plan.projectId)}`;
      timeline.write({ ...plan, id, key });
      byRef.set(plan.ticket.ref, id);
    }
    for (const [blocker, blocked] of BLOCKS) {
      const from = byRef.get(blocker);
      const to = byRef.get(blocked);
      if (from !== undefined && to !== undefined) store.issues.addLink('Blocks', from, to);
    }
  });
}

export { OPS_TICKETS } from './tickets-ops';
export type { DemoTicket } from './ticket-types';
export { DEMO_USERS, DEMO_ACCOUNT_IDS, DEMO_TEAMMATES } from './users';
export { DEMO_PROJECTS, DEMO_SPRINT_IDS, DEMO_BOARD_ID } from './site-layout';
