/** Milestone forecasts: what counts as a version's scope growth, when growth stops, and versions in their order. */
import { describe, expect, it } from 'vitest';
import { buildMilestones, growthPeriodsOf, versionGrowth } from '../../../../src/app/snapshot/milestone-models';
import type { CollectedFacts } from '../../../../src/app/snapshot/collect';
import type { ChangeFact, IssueFact, SprintFact, VersionFact } from '../../../../src/app/snapshot/facts';
import type { SnapshotSetup } from '../../../../src/app/snapshot/setup';

const DAY = 86_400_000;
const MONDAY = Date.parse('2026-11-02T12:00:00Z');
const NOW = MONDAY + 28 * DAY + 2 * DAY; // Wednesday of the fifth week (2026-W49)

let n = 0;
function issue(points: number, versionId: string, done = false): IssueFact {
  n += 1;
  return {
    id: String(n), key: `ACC-${n}`, summary: `Ticket ${n}`, type: 'Story', statusId: done ? '3' : '1', statusName: done ? 'Done' : 'To Do',
    category: done ? 'done' : 'new', createdMs: MONDAY - 30 * DAY, updatedMs: MONDAY, resolvedMs: null, dueDate: null, assignee: null,
    parentKey: null, epicKey: null, estimate: points, sprintIds: [], fixVersionIds: [versionId], blockedBy: [], timeSpentSeconds: 0,
  };
}
const planned = (atMs: number, versionId: string): ChangeFact => ({ atMs, by: null, field: 'fixVersions', from: null, to: versionId });
const size = (i: IssueFact) => i.estimate ?? 0;

function facts(entries: Array<[IssueFact, number]>): CollectedFacts {
  return { issues: entries.map(([i]) => i), changes: Object.fromEntries(entries.map(([i, at]) => [i.id, [planned(at, i.fixVersionIds[0]!)]])), worklogs: [], watermark: 0 };
}

describe('a version\'s scope growth', () => {
  it('counts work added after the week it started, up to the last complete week', () => {
    const version = { id: 'v1', startDate: '2026-11-02' };
    const f = facts([
      [issue(8, 'v1'), MONDAY + 1 * DAY], // planning, in the start week: initial scope
      [issue(3, 'v1'), MONDAY + 8 * DAY], // week 2
      [issue(2, 'v1'), MONDAY + 22 * DAY], // week 4
      [issue(5, 'v1'), NOW - DAY], // the current week: not over yet
    ]);
    expect(versionGrowth(version, f, 'UTC', NOW, size)).toEqual([3, 0, 2]);
  });

  it('without a start date, the week of its first tickets is its planning', () => {
    const f = facts([
      [issue(13, 'v2'), MONDAY + 15 * DAY],
      [issue(5, 'v2'), MONDAY + 16 * DAY],
      [issue(1, 'v2'), MONDAY + 22 * DAY],
    ]);
    expect(versionGrowth({ id: 'v2', startDate: null }, f, 'UTC', NOW, size)).toEqual([1]);
  });

  it('a version that starts in the future or got nothing has no growth to sample', () => {
    expect(versionGrowth({ id: 'v3', startDate: '2027-01-04' }, facts([]), 'UTC', NOW, size)).toEqual([]);
    expect(versionGrowth({ id: 'v3', startDate: null }, facts([]), 'UTC', NOW, size)).toEqual([]);
  });

  it('grows until the release date, or for as many weeks as its history when it has none', () => {
    expect(growthPeriodsOf('2026-12-17', '2026-12-02', 5)).toBe(3);
    expect(growthPeriodsOf('2026-12-01', '2026-12-02', 5)).toBe(0);
    expect(growthPeriodsOf(null, '2026-12-02', 5)).toBe(5);
  });
});

describe('versions in their order', () => {
  it('forecasts a later version after the open work of the earlier ones, and says how much that is', () => {
    const sprints: SprintFact[] = [0, 1, 2].map((k) => ({
      id: k + 1, name: `Sprint ${k + 1}`, state: 'closed', startMs: MONDAY - (3 - k) * 14 * DAY, endMs: MONDAY - (2 - k) * 14 * DAY, completeMs: MONDAY - (2 - k) * 14 * DAY, boardId: 1, goal: null,
    }));
    const versions: VersionFact[] = [
      { id: 'v1', name: '1.0', released: true, archived: false, startDate: null, releaseDate: '2026-10-01' },
      { id: 'v2', name: '1.1', released: false, archived: false, startDate: null, releaseDate: '2026-12-31' },
      { id: 'v3', name: '2.0', released: false, archived: false, startDate: null, releaseDate: null },
    ];
    const setup: SnapshotSetup = { fieldIds: { sprint: 'customfield_10020', estimate: 'customfield_10016' }, estimateMode: 'points', sprints, versions, statusCategories: {}, statusNames: {} };
    // 10 points finished every week of the sampled sprints.
    const finished = Array.from({ length: 6 }, (_, w) => ({ ...issue(10, 'v1', true), resolvedMs: sprints[0]!.startMs! + w * 7 * DAY + DAY }));
    const open11 = issue(20, 'v2');
    const open20 = issue(30, 'v3');
    const model = buildMilestones(setup, { issues: [...finished, open11, open20], changes: {}, worklogs: [], watermark: 0 }, 'UTC', NOW);
    const [, v11, v20] = model.versions;
    expect(v11?.workAhead).toBe(0);
    expect(v11?.forecast?.basis.remaining).toBe(20);
    expect(v20?.workAhead).toBe(20);
    expect(v20?.forecast?.basis.remaining).toBe(50);
    expect(v20!.forecast!.p50!.periods).toBeGreaterThan(v11!.forecast!.p50!.periods);
  });
});
