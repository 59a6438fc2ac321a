/**
 * Seeds the demo site on an empty database: people, the ACC and OPS projects with roles, ACC's board
 * with six closed sprints, the active and the next one, three versions, epics with their stories, 100
 * tickets with history, and the team's worklogs of the last three months. Deterministic for a given
 * `now`; does nothing when the site already has projects.
 */
import type { Database } from 'better-sqlite3';
import { JiraStore, type IssueRecord } from '../jira/store';
import { epicRefOf } from './epics';
import { seededRandom } from './random';
import { DEMO_BOARD_ID, DEMO_PROJECTS, OPS_BOARD_ID, ROLE_MEMBERS, demoSprints, demoVersions } from './site-layout';
import type { DemoTicket } from './ticket-types';
import { TicketPlanner, type TicketPlan } from './ticket-plan';
import { CURRENT_TICKETS } from './tickets-current';
import { DELIVERED_TICKETS } from './tickets-delivered';
import { EPIC_TICKETS, TEAM_TICKETS } from './tickets-epics';
import { HISTORY_TICKETS } from './tickets-history';
import { OPS_TICKETS } from './tickets-ops';
import { BLOCKS, PLANNED_TICKETS } from './tickets-planned';
import { Timeline } from './timeline';
import { DEMO_TEAMMATES, DEMO_USERS } from './users';
import { planWorklogs, type AssignedWork, type Worker } from './worklog-plan';

export const ACC_TICKETS: readonly DemoTicket[] = [...EPIC_TICKETS, ...TEAM_TICKETS, ...HISTORY_TICKETS, ...DELIVERED_TICKETS, ...CURRENT_TICKETS, ...PLANNED_TICKETS];

const CEREMONIES_REF = 'ceremonies';

function reporterOf(ticket: DemoTicket): string {
  if (ticket.type === 'Bug') return ticket.ref.length % 2 === 0 ? 'demo-qa' : 'demo-dev';
  return ticket.type === 'Task' ? 'demo-pm' : 'demo-po';
}

function timeZoneOf(accountId: string): string {
  return [...DEMO_USERS, ...DEMO_TEAMMATES].find((user) => user.accountId === accountId)?.timeZone ?? 'UTC';
}

/** Who logs time, from when, and how long their days are. */
function workers(sprintStart: (n: number) => Date): Worker[] {
  const worker = (accountId: string, dayStart: number, hours: [number, number], extra: Partial<Worker> = {}): Worker => ({ accountId, timeZone: timeZoneOf(accountId), dayStart, hours, ...extra });
  return [
    worker('demo-dev', 9, [5, 7], { mondayEvenings: true }),
    worker('demo-dev-2', 8.5, [5.5, 7.5]),
    worker('demo-dev-3', 8.5, [5, 7], { joined: sprintStart(3) }),
    worker('demo-qa', 9, [4, 6.5]),
    worker('demo-pm', 9.5, [1.5, 3]),
  ];
}

function writeSite(store: JiraStore, now: Date): void {
  for (const user of [...DEMO_USERS, ...DEMO_TEAMMATES]) {
    store.directory.addUser({ accountId: user.accountId, displayName: user.displayName, email: user.emailAddress, timeZone: user.timeZone, active: true });
  }
  for (const project of Object.values(DEMO_PROJECTS)) store.directory.addProject(project);
  for (const [projectId, roleId, accountId] of ROLE_MEMBERS) store.directory.addRoleMember(projectId, roleId, accountId);
  store.agile.addBoard({ id: DEMO_BOARD_ID, name: 'ACC board', type: 'scrum', projectId: DEMO_PROJECTS.accord.id });
  store.agile.addBoard({ id: OPS_BOARD_ID, name: 'OPS board', type: 'kanban', projectId: DEMO_PROJECTS.operations.id });
  for (const sprint of demoSprints(now)) store.agile.saveSprint(sprint);
  for (const version of demoVersions(now)) store.versions.save(version);
}

/** Worklogs move an issue's `updated` and use up its remaining estimate, as logging work does in Jira. */
function settleTimeTracking(store: JiraStore, issues: Map<number, IssueRecord>, lastLogged: Map<number, string>): void {
  for (const issue of issues.values()) {
    const logged = lastLogged.get(issue.id);
    const spent = store.worklogs.timeSpent(issue.id);
    const remaining = issue.originalEstimateSeconds === null ? null : issue.status === 'Done' ? 0 : Math.max(0, issue.originalEstimateSeconds - spent);
    const updated = logged && logged > issue.updated ? logged : issue.updated;
    if (remaining !== issue.remainingEstimateSeconds || updated !== issue.updated) store.issues.save({ ...issue, remainingEstimateSeconds: remaining, updated });
  }
}

/** Answers whether it seeded (false: the site already had projects and was left as it was). */
export function seedDemoSite(db: Database, now: Date): boolean {
  const store = new JiraStore(db);
  if (store.directory.projects().length > 0) return false;
  const random = seededRandom(20240611);
  store.transaction(() => {
    writeSite(store, now);
    const planner = new TicketPlanner(now, random);
    const plans: TicketPlan[] = [
      ...ACC_TICKETS.map((ticket) => planner.plan(ticket, DEMO_PROJECTS.accord.id, reporterOf(ticket), epicRefOf(ticket))),
      ...OPS_TICKETS.map((ticket) => planner.plan(ticket, DEMO_PROJECTS.operations.id, 'demo-pm', null)),
    ];
    // Keys follow creation order, as they do in Jira (the sort is stable: epics keep their list order).
    plans.sort((a, b) => a.created.getTime() - b.created.getTime());
    const byRef = new Map<string, number>();
    const timeline = new Timeline(store, random, now, byRef);
    const issues = new Map<number, IssueRecord>();
    const work: AssignedWork[] = [];
    for (const plan of plans) {
      const project = plan.projectId === DEMO_PROJECTS.accord.id ? DEMO_PROJECTS.accord : DEMO_PROJECTS.operations;
      const id = store.issues.nextId();
      byRef.set(plan.ticket.ref, id);
      const issue = timeline.write({ ...plan, id, key: `${project.key}-${store.directory.takeIssueNumber(project.id)}` });
      issues.set(id, issue);
      if (plan.ticket.ref !== CEREMONIES_REF) work.push(...plan.work.map((interval) => ({ ...interval, issueId: id })));
    }
    for (const [blocker, blocked] of BLOCKS) {
      const from = byRef.get(blocker);
      const to = byRef.get(blocked);
      if (from !== undefined && to !== undefined) store.issues.addLink('Blocks', from, to);
    }
    const sprints = demoSprints(now);
    const sprintStart = (n: number) => new Date(sprints.find((sprint) => sprint.id === n)?.startDate ?? now.toISOString());
    const team = {
      sprintStarts: sprints.filter((sprint) => sprint.state !== 'future').map((sprint) => new Date(sprint.startDate ?? now.toISOString())),
      sprintEnds: sprints.filter((sprint) => sprint.state === 'closed').map((sprint) => new Date(sprint.endDate ?? now.toISOString())),
      ceremoniesIssueId: byRef.get(CEREMONIES_REF) ?? 0,
      from: sprintStart(1),
      now,
    };
    const lastLogged = new Map<number, string>();
    for (const log of planWorklogs(workers(sprintStart), work, team, random, 'demo-pm')) {
      const created = log.created.toISOString();
      store.worklogs.add({ issueId: log.issueId, author: log.author, updateAuthor: log.author, started: log.started.toISOString(), timeSpentSeconds: log.seconds, comment: log.comment, created, updated: created });
      lastLogged.set(log.issueId, created);
    }
    settleTimeTracking(store, issues, lastLogged);
  });
  return true;
}

export { OPS_TICKETS } from './tickets-ops';
export type { DemoTicket } from './ticket-types';
export { DEMO_USERS, DEMO_ACCOUNT_IDS, DEMO_TEAMMATES } from './users';
export { DEMO_PROJECTS, DEMO_SPRINT_IDS, DEMO_BOARD_ID, DEMO_VERSION_IDS } from './site-layout';
