/**
 * The life of one synthetic ticket as dated changes and worklogs: planned into a sprint (the day before it
 * starts, or added mid-sprint), carried over into the next, taken out mid-sprint, re-estimated once work
 * started, given a fix version (moved on when it is carried past a release), moved through the workflow,
 * and the time people logged on it while it was in progress and in review. synthetic-project.ts writes it.
 */
import type { IssueRecord, SprintRecord } from '../../sandbox/jira/store';
import { pick } from '../../sandbox/seed/random';
import { DAY_MS, HOUR_MS, endMs, startMs, type TeamMember, type VersionPlan } from './synthetic-layout';
import { describe, ticketSummary, type DescriptionQuality, type SyntheticType } from './synthetic-texts';

const POINTS = [1, 2, 3, 3, 5, 5, 5, 8, 8, 13];
const PLANNER = 'demo-pm';
const OWNER = 'demo-po';
/** Share of worked tickets that collect more worklogs than Jira embeds in a search (20). */
const LONG_TICKETS = 0.006;

export interface SyntheticChange {
  at: number;
  author: string;
  /** A move to this sprint (null: back to the backlog); sprints closed by then stay in the field, as in Jira. */
  sprintTo?: number | null;
  patch?: Partial<IssueRecord>;
}

export interface SyntheticWorklog {
  author: string;
  startedMs: number;
  seconds: number;
}

export interface TicketLife {
  type: SyntheticType;
  summary: string;
  description: IssueRecord['description'];
  createdMs: number;
  reporter: string;
  points: number | null;
  dueDate: string | null;
  changes: SyntheticChange[];
  worklogs: SyntheticWorklog[];
  /** What happened, for the benchmark's description of its data. */
  story: { addedMidSprint: boolean; carriedOver: number; removedMidSprint: boolean; reEstimated: boolean; versionMoved: boolean };
}

export interface LifeContext {
  now: number;
  random: () => number;
  /** Closed sprints, then the active one, then the next. */
  sprints: SprintRecord[];
  activeIndex: number;
  versions: VersionPlan;
  developers: TeamMember[];
  testers: TeamMember[];
  projectStartMs: number;
}

const between = (random: () => number, from: number, to: number) => from + (to - from) * random();
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function typeOf(random: () => number): Exclude<SyntheticType, 'Epic'> {
  const r = random();
  return r < 0.62 ? 'Story' : r < 0.82 ? 'Task' : 'Bug';
}

function reporterOf(type: SyntheticType, testers: TeamMember[], random: () => number): string {
  if (type === 'Bug') return pick(random, testers).accountId;
  return type === 'Task' ? PLANNER : OWNER;
}

function pointsOf(random: () => number, unestimated: number): number | null {
  return random() < unestimated ? null : pick(random, POINTS);
}

function quality(random: () => number, weights: [complete: number, noCriteria: number, placeholder: number]): DescriptionQuality {
  const r = random();
  if (r < weights[0]) return 'complete';
  if (r < weights[0] + weights[1]) return 'no-criteria';
  return r < weights[0] + weights[1] + weights[2] ? 'placeholder' : 'none';
}

function base(ctx: LifeContext, createdMs: number, qualities: [number, number, number], unestimated: number): TicketLife {
  const type = typeOf(ctx.random);
  const summary = ticketSummary(ctx.random, type);
  return {
    type,
    summary,
    description: describe(ctx.random, summary, type, quality(ctx.random, qualities)),
    createdMs,
    reporter: reporterOf(type, ctx.testers, ctx.random),
    points: pointsOf(ctx.random, unestimated),
    dueDate: null,
    changes: [],
    worklogs: [],
    story: { addedMidSprint: false, carriedOver: 0, removedMidSprint: false, reEstimated: false, versionMoved: false },
  };
}

/** Work logged on working days between `from` and `to` by `who`, one entry a day (at least one). */
function dailyLogs(ctx: LifeContext, who: TeamMember, from: number, to: number, hours: [number, number]): SyntheticWorklog[] {
  const logs: SyntheticWorklog[] = [];
  const latest = ctx.now - 10 * 60_000;
  for (let day = Math.floor(from / DAY_MS) * DAY_MS; day <= to; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const seconds = Math.round(between(ctx.random, hours[0], hours[1]) * 4) * 900;
    const started = day + (who.dayStartUtc + between(ctx.random, 0, 2)) * HOUR_MS;
    if (started < from - 12 * HOUR_MS || started + seconds * 1000 > latest) continue;
    logs.push({ author: who.accountId, startedMs: started, seconds });
  }
  if (logs.length === 0 && from + HOUR_MS < latest) logs.push({ author: who.accountId, startedMs: from, seconds: Math.round(between(ctx.random, 1, 4) * 4) * 900 });
  return logs;
}

/** A long-running ticket two people log on several times a day: more worklogs than a search embeds. */
function manyLogs(ctx: LifeContext, people: TeamMember[], from: number, to: number): SyntheticWorklog[] {
  const count = 21 + Math.floor(ctx.random() * 10);
  const end = Math.min(Math.max(to, from + 2 * DAY_MS), ctx.now - 10 * 60_000);
  const span = Math.max(end - from, HOUR_MS);
  // Each entry ends before the next starts: at most span / count long.
  const longest = Math.max(900, Math.floor(span / count / 1000 / 900) * 900);
  return Array.from({ length: count }, (_, i) => ({ author: people[i % people.length]!.accountId, startedMs: from + (span * i) / count, seconds: Math.min(longest, 1800 + Math.floor(ctx.random() * 8) * 900) }));
}

interface Work {
  inProgressAt: number | null;
  reviewAt: number | null;
  doneAt: number | null;
}

/** Status changes and worklogs for a ticket worked on in [from, to]; `reach` is how far it got. */
function work(ctx: LifeContext, life: TicketLife, assignee: TeamMember, from: number, to: number, reach: 'In Progress' | 'In Review' | 'Done', startedAt?: number): Work {
  const r = ctx.random;
  const inProgressAt = startedAt ?? between(r, from, from + (to - from) * 0.6);
  // A carried ticket started in an earlier sprint; its review falls in [from, to] all the same.
  const anchor = Math.max(inProgressAt, from);
  const reviewAt = reach === 'In Progress' ? null : between(r, anchor + (to - anchor) * 0.3, anchor + (to - anchor) * 0.8);
  const doneAt = reach !== 'Done' || reviewAt === null ? null : between(r, reviewAt + (to - reviewAt) * 0.2, to);
  const author = assignee.accountId;
  life.changes.push({ at: inProgressAt, author, patch: { status: 'In Progress' } });
  if (reviewAt !== null) life.changes.push({ at: reviewAt, author, patch: { status: 'In Review' } });
  if (doneAt !== null) life.changes.push({ at: doneAt, author, patch: { status: 'Done', resolutiondate: new Date(doneAt).toISOString() } });
  const buildEnd = reviewAt ?? to;
  const tester = pick(r, ctx.testers);
  if (r() < LONG_TICKETS) life.worklogs.push(...manyLogs(ctx, [assignee, pick(r, ctx.developers), tester], inProgressAt, buildEnd));
  else {
    life.worklogs.push(...dailyLogs(ctx, assignee, inProgressAt, buildEnd, [1, 6]));
    if (reviewAt !== null) life.worklogs.push(...dailyLogs(ctx, tester, reviewAt, Math.min(doneAt ?? to, reviewAt + DAY_MS), [0.5, 2]));
  }
  return { inProgressAt, reviewAt, doneAt };
}

/** A ticket planned into the sprint at `index` (a closed one or the active one). */
export function sprintTicket(ctx: LifeContext, index: number): TicketLife {
  const r = ctx.random;
  const sprint = ctx.sprints[index]!;
  const isActive = index === ctx.activeIndex;
  const latest = ctx.now - 3 * HOUR_MS;
  const sprintEnd = Math.min(endMs(sprint), latest);
  const addedMidSprint = r() < 0.12;
  const plannedAt = addedMidSprint ? between(r, startMs(sprint) + 0.5 * DAY_MS, Math.min(startMs(sprint) + 9 * DAY_MS, latest - DAY_MS)) : startMs(sprint) - between(r, 0.2, 1) * DAY_MS;
  const created = Math.max(ctx.projectStartMs, plannedAt - between(r, addedMidSprint ? 0.05 : 1, addedMidSprint ? 3 : 30) * DAY_MS);
  const life = base(ctx, created, [0.7, 0.2, 0.05], 0.05);
  life.story.addedMidSprint = addedMidSprint;
  const assignee = pick(r, ctx.developers);
  let version = ctx.versions.forSprint(index);
  life.changes.push({ at: plannedAt, author: PLANNER, sprintTo: sprint.id });
  life.changes.push({ at: plannedAt + 10 * 60_000, author: OWNER, patch: { fixVersionIds: [version.id] } });
  life.changes.push({ at: plannedAt + HOUR_MS, author: PLANNER, patch: { assignee: assignee.accountId } });
  if (isActive && r() < 0.05) life.dueDate = isoDay(ctx.now - between(r, 1, 5) * DAY_MS);

  // Carried over: unfinished when the sprint closed, moved into the next (and sometimes the one after).
  let last = index;
  if (!isActive && r() < 0.14) {
    last += 1;
    if (last < ctx.activeIndex && r() < 0.2) last += 1;
  }
  life.story.carriedOver = last - index;
  for (let j = index + 1; j <= last; j += 1) {
    const at = startMs(ctx.sprints[j]!);
    life.changes.push({ at, author: PLANNER, sprintTo: ctx.sprints[j]!.id });
    const next = ctx.versions.forSprint(j);
    if (next.id !== version.id) {
      life.changes.push({ at: at + 5 * 60_000, author: OWNER, patch: { fixVersionIds: [next.id] } });
      version = next;
      life.story.versionMoved = true;
    }
  }

  // Taken out mid-sprint before work started: back to the backlog.
  const workFrom = Math.max(plannedAt, startMs(sprint)) + HOUR_MS;
  if (last === index && r() < 0.05 && workFrom + DAY_MS < sprintEnd) {
    life.changes.push({ at: between(r, workFrom, Math.min(sprintEnd, workFrom + 6 * DAY_MS)), author: PLANNER, sprintTo: null });
    life.story.removedMidSprint = true;
    return life;
  }

  const lastSprint = ctx.sprints[last]!;
  const lastIsActive = last === ctx.activeIndex;
  const roll = r();
  const reach = !lastIsActive ? 'Done' : roll < 0.35 ? 'Done' : roll < 0.55 ? 'In Review' : roll < 0.8 ? 'In Progress' : null;
  let started: Work = { inProgressAt: null, reviewAt: null, doneAt: null };
  if (reach !== null) {
    // A carried ticket was started late in its first sprint and finished in the last one.
    const startedAt = last > index ? between(r, startMs(sprint) + 0.55 * (endMs(sprint) - startMs(sprint)), endMs(sprint) - 6 * HOUR_MS) : undefined;
    const from = last > index ? startMs(lastSprint) + HOUR_MS : workFrom;
    const to = Math.min(endMs(lastSprint) - 2 * HOUR_MS, latest);
    if (from < to) started = work(ctx, life, assignee, from, to, reach, startedAt);
  }
  if (life.points !== null && r() < 0.1) {
    // Re-estimated once the team understood it: during the work, or early in the sprint if not started.
    const at = started.inProgressAt !== null ? started.inProgressAt + between(r, 0.2, 1.5) * DAY_MS : startMs(sprint) + DAY_MS;
    if (at < latest) {
      const points = life.points;
      life.points = pick(r, POINTS.filter((p) => p !== points));
      life.changes.push({ at, author: assignee.accountId, patch: { storyPoints: points } });
      life.story.reEstimated = true;
    }
  }
  return life;
}

/** A ticket planned into the next sprint: not started, estimated mostly, its text of any quality. */
export function futureTicket(ctx: LifeContext, futureSprint: SprintRecord): TicketLife {
  const r = ctx.random;
  const plannedAt = ctx.now - between(r, 1, 5) * DAY_MS;
  const life = base(ctx, plannedAt - between(r, 2, 55) * DAY_MS, [0.6, 0.25, 0.1], 0.15);
  life.changes.push({ at: plannedAt, author: PLANNER, sprintTo: futureSprint.id });
  life.changes.push({ at: plannedAt + 10 * 60_000, author: OWNER, patch: { fixVersionIds: [ctx.versions.forSprint(ctx.activeIndex + 1).id] } });
  if (r() < 0.5) life.changes.push({ at: plannedAt + HOUR_MS, author: PLANNER, patch: { assignee: pick(r, ctx.developers).accountId } });
  if (r() < 0.08) {
    // Descoped from the current release to the next one.
    life.changes.push({ at: ctx.now - between(r, 0.2, 0.9) * DAY_MS, author: OWNER, patch: { fixVersionIds: [ctx.versions.later.id] } });
    life.story.versionMoved = true;
  }
  return life;
}

/** A backlog ticket: some estimated, some with a later version; a few were in a sprint for a few days. */
export function backlogTicket(ctx: LifeContext): TicketLife {
  const r = ctx.random;
  const created = between(r, ctx.projectStartMs, ctx.now - DAY_MS);
  const life = base(ctx, created, [0.4, 0.4, 0.05], 0.5);
  const v = r();
  if (v < 0.45) life.changes.push({ at: created + HOUR_MS, author: OWNER, patch: { fixVersionIds: [v < 0.3 ? ctx.versions.later.id : ctx.versions.ideas.id] } });
  const visited = ctx.sprints.slice(0, ctx.activeIndex).filter((s) => startMs(s) > created + DAY_MS);
  if (visited.length > 0 && r() < 0.03) {
    const sprint = pick(r, visited);
    life.changes.push({ at: startMs(sprint) + between(r, 1, 3) * DAY_MS, author: PLANNER, sprintTo: sprint.id });
    life.changes.push({ at: startMs(sprint) + between(r, 4, 9) * DAY_MS, author: PLANNER, sprintTo: null });
    life.story.addedMidSprint = true;
    life.story.removedMidSprint = true;
  }
  return life;
}
