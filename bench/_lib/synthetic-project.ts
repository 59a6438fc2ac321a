/**
 * A synthetic scrum project of any size, written straight into the Jira emulator's store in one transaction
 * (creating thousands of issues through REST one by one would measure the loader, not the app). Seeded: the
 * same arguments and the same `now` give the same project (its dates are placed relative to `now`). It has its
 * own team, board, closed sprints, the active one and the next, five versions, epics, and tickets with the
 * history Jira would have written (the emulator's own diff makes each changelog entry: Sprint, story points,
 * status, fix versions, assignee) and worklogs.
 */
import type { Database } from 'better-sqlite3';
import { diffIssues } from '../../sandbox/jira/issue-changes';
import { ROLE_IDS } from '../../sandbox/jira/model/permission-scheme';
import { JiraStore, type IssueRecord, type SprintRecord } from '../../sandbox/jira/store';
import { pick, seededRandom } from '../../sandbox/seed/random';
import { DAY_MS, SPRINT_DAYS, startMs, syntheticSprints, syntheticTeam, syntheticVersions, type SprintPlan, type TeamMember } from './synthetic-layout';
import { backlogTicket, futureTicket, sprintTicket, type LifeContext, type TicketLife } from './synthetic-ticket-life';
import { describe, epicSummary } from './synthetic-texts';

export interface SyntheticOptions {
  /** Issues in the project, epics included. */
  tickets: number;
  now: Date;
  key?: string;
  closedSprints?: number;
  seed?: number;
}

/** What was written, for the benchmark to say what it measured on. */
export interface SyntheticCounts {
  issues: number;
  epics: number;
  inClosedSprints: number;
  inActiveSprint: number;
  inNextSprint: number;
  inBacklog: number;
  addedMidSprint: number;
  removedMidSprint: number;
  carriedOver: number;
  reEstimated: number;
  versionMoved: number;
  changelogEntries: number;
  /** Changelog items by field, as Jira names them ("Sprint", "Story point estimate", "status", "Fix Version", ...). */
  itemsByField: Record<string, number>;
  worklogs: number;
  worklogAuthors: number;
  worklogWeeks: number;
  /** Issues with more worklogs than a search embeds (20): each needs its own worklog read. */
  issuesOverEmbeddedWorklogs: number;
  blockedLinks: number;
}

export interface SyntheticProject {
  project: { id: string; key: string };
  boardId: number;
  sprints: SprintPlan;
  versionIds: number[];
  team: TeamMember[];
  counts: SyntheticCounts;
}

/** Share of the non-epic tickets by where they sit. */
const SHARES = { closed: 0.58, active: 0.08, next: 0.04 };
/** Jira embeds at most this many worklogs in an issue found by search. */
const EMBEDDED_WORKLOGS = 20;

/** The sprint ids after a move: sprints closed by then stay in the field (as Jira's Sprint field keeps them). */
function sprintIdsAfterMove(store: JiraStore, current: number[], to: number | null, at: string): number[] {
  const kept = current.filter((id) => {
    const completed = store.agile.sprint(id)?.completeDate;
    return completed !== null && completed !== undefined && completed <= at;
  });
  return to === null || kept.includes(to) ? kept : [...kept, to];
}

function writeLife(store: JiraStore, first: IssueRecord, life: TicketLife, latestMs: number, counts: SyntheticCounts): IssueRecord {
  let issue = first;
  // Stable sort: changes planned for the same moment keep their order.
  for (const change of [...life.changes].sort((a, b) => a.at - b.at)) {
    const at = new Date(Math.min(Math.max(change.at, life.createdMs), latestMs)).toISOString();
    const patch = change.sprintTo !== undefined ? { sprintIds: sprintIdsAfterMove(store, issue.sprintIds, change.sprintTo, at) } : (change.patch ?? {});
    const next: IssueRecord = { ...issue, ...patch, updated: at };
    const items = diffIssues({ store }, issue, next);
    if (items.length === 0) continue;
    store.activity.addChangelog(issue.id, change.author, at, items);
    counts.changelogEntries += 1;
    for (const item of items) counts.itemsByField[item.field] = (counts.itemsByField[item.field] ?? 0) + 1;
    issue = next;
  }
  return issue;
}

/** Seconds logged, remaining estimate and `updated` after the worklogs, as logging work leaves them. */
function settleTimeTracking(store: JiraStore, issue: IssueRecord, lastLogged: string | null): IssueRecord {
  const original = issue.storyPoints === null ? null : issue.storyPoints * 4 * 3600;
  const spent = store.worklogs.timeSpent(issue.id);
  const remaining = original === null ? null : issue.status === 'Done' ? 0 : Math.max(0, original - spent);
  const updated = lastLogged !== null && lastLogged > issue.updated ? lastLogged : issue.updated;
  return { ...issue, originalEstimateSeconds: original, remainingEstimateSeconds: remaining, updated };
}

export function writeSyntheticProject(db: Database, options: SyntheticOptions): SyntheticProject {
  const store = new JiraStore(db);
  const random = seededRandom(options.seed ?? 20250101);
  const now = Math.floor(options.now.getTime() / 60_000) * 60_000;
  const latest = now - 2 * 60_000;
  const key = options.key ?? 'SYN';
  const closedCount = options.closedSprints ?? 10;
  return store.transaction(() => {
    const projectId = Math.max(10000, ...store.directory.projects().map((p) => p.id)) + 1;
    store.directory.addProject({ id: projectId, key, name: `Synthetic programme (${options.tickets} issues)`, description: 'A seeded synthetic project for the benchmarks.', leadAccountId: 'demo-pm' });
    const team = syntheticTeam(Math.max(6, Math.round(options.tickets / 800)), Math.max(2, Math.round(options.tickets / 3000)));
    for (const member of team) store.directory.addUser({ accountId: member.accountId, displayName: member.displayName, email: `${member.accountId}@synthetic.example`, timeZone: member.timeZone, active: true });
    const roles: Array<[number, string]> = [
      [ROLE_IDS.administrators, 'demo-pm'],
      [ROLE_IDS.projectManagers, 'demo-pm'],
      [ROLE_IDS.productOwners, 'demo-po'],
      [ROLE_IDS.developers, 'demo-dev'],
      ...team.map((m): [number, string] => [ROLE_IDS.developers, m.accountId]),
    ];
    for (const [role, account] of roles) store.directory.addRoleMember(projectId, role, account);
    const boardId = Math.max(0, ...store.agile.boards().map((b) => b.id)) + 1;
    store.agile.addBoard({ id: boardId, name: `${key} board`, type: 'scrum', projectId });
    const sprints = syntheticSprints(now, store.agile.nextSprintId(), boardId, key, closedCount);
    const all: SprintRecord[] = [...sprints.closed, sprints.active, sprints.future];
    for (const sprint of all) store.agile.saveSprint(sprint);
    const versions = syntheticVersions(now, store.versions.nextId(), projectId, sprints);
    for (const version of versions.versions) store.versions.save(version);

    const projectStartMs = startMs(all[0]!) - SPRINT_DAYS * DAY_MS;
    const ctx: LifeContext = {
      now,
      random,
      sprints: all,
      activeIndex: closedCount,
      versions,
      developers: team.filter((m) => m.kind === 'developer'),
      testers: team.filter((m) => m.kind === 'tester'),
      projectStartMs,
    };
    const counts: SyntheticCounts = {
      issues: 0, epics: 0, inClosedSprints: 0, inActiveSprint: 0, inNextSprint: 0, inBacklog: 0, addedMidSprint: 0, removedMidSprint: 0, carriedOver: 0,
      reEstimated: 0, versionMoved: 0, changelogEntries: 0, itemsByField: {}, worklogs: 0, worklogAuthors: 0, worklogWeeks: 0, issuesOverEmbeddedWorklogs: 0, blockedLinks: 0,
    };

    const epicCount = Math.max(3, Math.round(options.tickets / 100));
    const rest = options.tickets - epicCount;
    const closedTickets = Math.round(rest * SHARES.closed);
    const activeTickets = Math.round(rest * SHARES.active);
    const nextTickets = Math.round(rest * SHARES.next);
    const lives: TicketLife[] = [
      ...Array.from({ length: closedTickets }, (_, i) => sprintTicket(ctx, i % closedCount)),
      ...Array.from({ length: activeTickets }, () => sprintTicket(ctx, closedCount)),
      ...Array.from({ length: nextTickets }, () => futureTicket(ctx, sprints.future)),
      ...Array.from({ length: rest - closedTickets - activeTickets - nextTickets }, () => backlogTicket(ctx)),
    ];
    Object.assign(counts, { inClosedSprints: closedTickets, inActiveSprint: activeTickets, inNextSprint: nextTickets, inBacklog: rest - closedTickets - activeTickets - nextTickets });
    // Keys follow creation order, as in Jira; epics come first.
    lives.sort((a, b) => a.createdMs - b.createdMs);

    let nextId = store.issues.nextId();
    const newIssue = (summary: string, type: IssueRecord['issueType'], createdMs: number, reporter: string, points: number | null, description: IssueRecord['description']): IssueRecord => {
      const created = new Date(createdMs).toISOString();
      const issue: IssueRecord = {
        id: nextId++, key: `${key}-${store.directory.takeIssueNumber(projectId)}`, projectId, issueType: type, summary, description, status: 'To Do', assignee: null, reporter, priority: 'Medium',
        labels: [], duedate: null, created, updated: created, resolutiondate: null, storyPoints: points, sprintIds: [], originalEstimateSeconds: null, remainingEstimateSeconds: null, fixVersionIds: [], parentId: null,
      };
      return issue;
    };

    const epics: IssueRecord[] = [];
    for (let n = 0; n < epicCount; n += 1) {
      const summary = epicSummary(random, n);
      const epic = newIssue(summary, 'Epic', projectStartMs + random() * 20 * DAY_MS, 'demo-po', null, describe(random, summary, 'Epic', 'no-criteria'));
      const status = random() < 0.3 ? 'Done' : random() < 0.6 ? 'In Progress' : 'To Do';
      const settled = { ...epic, status, resolutiondate: status === 'Done' ? new Date(now - random() * 60 * DAY_MS).toISOString() : null };
      store.issues.save(settled);
      epics.push(settled);
    }
    counts.epics = epicCount;

    const written: IssueRecord[] = [];
    const authors = new Set<string>();
    const weeks = new Set<number>();
    for (const life of lives) {
      const first = newIssue(life.summary, life.type, life.createdMs, life.reporter, life.points, life.description);
      if (random() < 0.8) first.parentId = pick(random, epics).id;
      first.priority = pick(random, ['Highest', 'High', 'Medium', 'Medium', 'Medium', 'Low']);
      first.duedate = life.dueDate;
      let issue = writeLife(store, first, life, latest, counts);
      let lastLogged: string | null = null;
      for (const log of life.worklogs) {
        const startedMs = Math.min(log.startedMs, latest - log.seconds * 1000);
        const created = new Date(Math.min(startedMs + log.seconds * 1000, latest)).toISOString();
        store.worklogs.add({ issueId: issue.id, author: log.author, updateAuthor: log.author, started: new Date(startedMs).toISOString(), timeSpentSeconds: log.seconds, comment: null, created, updated: created });
        if (lastLogged === null || created > lastLogged) lastLogged = created;
        authors.add(log.author);
        weeks.add(Math.floor((startedMs + 3 * DAY_MS) / (7 * DAY_MS)));
      }
      counts.worklogs += life.worklogs.length;
      if (life.worklogs.length > EMBEDDED_WORKLOGS) counts.issuesOverEmbeddedWorklogs += 1;
      issue = settleTimeTracking(store, issue, lastLogged);
      store.issues.save(issue);
      written.push(issue);
      counts.addedMidSprint += life.story.addedMidSprint ? 1 : 0;
      counts.removedMidSprint += life.story.removedMidSprint ? 1 : 0;
      counts.carriedOver += life.story.carriedOver > 0 ? 1 : 0;
      counts.reEstimated += life.story.reEstimated ? 1 : 0;
      counts.versionMoved += life.story.versionMoved ? 1 : 0;
    }
    counts.worklogAuthors = authors.size;
    counts.worklogWeeks = weeks.size;

    // A few unfinished tickets of the active sprint wait for another unfinished one.
    const open = written.filter((w) => w.sprintIds.includes(sprints.active.id) && w.status !== 'Done');
    for (let i = 0; i + 1 < open.length && counts.blockedLinks < Math.ceil(open.length * 0.03); i += 7) {
      store.issues.addLink('Blocks', open[i + 1]!.id, open[i]!.id);
      counts.blockedLinks += 1;
    }
    counts.issues = epicCount + written.length;
    return { project: { id: String(projectId), key }, boardId, sprints, versionIds: versions.versions.map((v) => v.id), team, counts };
  });
}
