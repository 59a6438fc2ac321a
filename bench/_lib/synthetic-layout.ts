/**
 * The shape of the synthetic project: its team, its scrum board's sprints (closed ones, the active one and
 * the next) and its versions, placed relative to the sandbox clock like the demo site's.
 */
import type { SprintRecord, VersionRecord } from '../../sandbox/jira/store';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const SPRINT_DAYS = 14;
/** The active sprint started this many days ago (it ends in SPRINT_DAYS minus this). */
const ACTIVE_STARTED_DAYS_AGO = 6;

export interface TeamMember {
  accountId: string;
  displayName: string;
  timeZone: string;
  /** Hours from 00:00 UTC to the start of this person's working day. */
  dayStartUtc: number;
  kind: 'developer' | 'tester';
}

const ZONES: Array<[string, number]> = [
  ['Europe/Berlin', 7],
  ['Europe/London', 8],
  ['America/New_York', 13],
  ['Asia/Kolkata', 3.5],
  ['Asia/Tokyo', 0],
  ['America/Sao_Paulo', 12],
];

export function syntheticTeam(developers: number, testers: number): TeamMember[] {
  const member = (kind: TeamMember['kind'], n: number, i: number): TeamMember => {
    const [timeZone, dayStartUtc] = ZONES[i % ZONES.length]!;
    const label = kind === 'developer' ? 'Developer' : 'Tester';
    const id = String(n).padStart(2, '0');
    return { accountId: `syn-${kind === 'developer' ? 'dev' : 'qa'}-${id}`, displayName: `${label} ${id}`, timeZone, dayStartUtc, kind };
  };
  return [...Array.from({ length: developers }, (_, i) => member('developer', i + 1, i)), ...Array.from({ length: testers }, (_, i) => member('tester', i + 1, i + developers))];
}

export interface SprintPlan {
  closed: SprintRecord[];
  active: SprintRecord;
  future: SprintRecord;
}

/** `now` moved by `days`, on the hour. */
const onTheHour = (now: number, days: number) => new Date(Math.floor((now + days * DAY_MS) / HOUR_MS) * HOUR_MS).toISOString();

export function syntheticSprints(now: number, firstId: number, boardId: number, projectKey: string, closedCount: number): SprintPlan {
  const total = closedCount + 2;
  const sprints = Array.from({ length: total }, (_, i): SprintRecord => {
    const start = -ACTIVE_STARTED_DAYS_AGO + (i - closedCount) * SPRINT_DAYS;
    const state = i < closedCount ? 'closed' : i === closedCount ? 'active' : 'future';
    return {
      id: firstId + i,
      boardId,
      name: `${projectKey} Sprint ${i + 1}`,
      state,
      goal: `Sprint ${i + 1} goal`,
      startDate: onTheHour(now, start),
      endDate: onTheHour(now, start + SPRINT_DAYS),
      completeDate: state === 'closed' ? onTheHour(now, start + SPRINT_DAYS) : null,
      createdDate: onTheHour(now, start - 10),
    };
  });
  return { closed: sprints.slice(0, closedCount), active: sprints[closedCount]!, future: sprints[closedCount + 1]! };
}

export const startMs = (sprint: SprintRecord) => Date.parse(sprint.startDate ?? '');
export const endMs = (sprint: SprintRecord) => Date.parse(sprint.endDate ?? '');

/** What each version holds: the closed sprints up to its release, or later work. */
export interface VersionPlan {
  versions: VersionRecord[];
  /** The version a ticket planned into the sprint at this index (closed ones, then active, future) belongs to. */
  forSprint(index: number): VersionRecord;
  /** Planned for after the next sprint (some backlog tickets), and undated ideas. */
  later: VersionRecord;
  ideas: VersionRecord;
}

/**
 * Two released versions (after about a third and two thirds of the closed sprints), the current one due at
 * the end of the next sprint (more open work than a sprint holds), a later one and an undated one.
 */
export function syntheticVersions(now: number, firstId: number, projectId: number, sprints: SprintPlan): VersionPlan {
  const closed = sprints.closed;
  const firstCut = Math.max(0, Math.round(closed.length / 3) - 1);
  const secondCut = Math.max(firstCut + 1, Math.round((2 * closed.length) / 3) - 1);
  const day = (iso: string | null) => (iso ?? new Date(now).toISOString()).slice(0, 10);
  const version = (n: number, name: string, startDate: string | null, releaseDate: string | null, released: boolean): VersionRecord => ({
    id: firstId + n,
    projectId,
    name,
    description: `${name} of the synthetic project`,
    startDate,
    releaseDate,
    released,
    archived: false,
    sequence: n + 1,
  });
  const first = version(0, 'Release 1', day(closed[0]?.startDate ?? null), day(closed[firstCut]?.endDate ?? null), true);
  const second = version(1, 'Release 2', day(closed[firstCut + 1]?.startDate ?? null), day(closed[secondCut]?.endDate ?? null), true);
  const current = version(2, 'Release 3', day(closed[secondCut + 1]?.startDate ?? sprints.active.startDate), day(sprints.future.endDate), false);
  const later = version(3, 'Release 4', day(sprints.future.endDate), new Date(now + 70 * DAY_MS).toISOString().slice(0, 10), false);
  const ideas = version(4, 'Ideas', null, null, false);
  return {
    versions: [first, second, current, later, ideas],
    forSprint: (index) => (index <= firstCut ? first : index <= secondCut ? second : current),
    later,
    ideas,
  };
}
