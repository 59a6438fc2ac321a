import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursByEpic, hoursByPersonWeek, hoursOf, worklogsInWeeks, type Worklog } from '../../../src/domain/hours';
import type { Result } from '../../../src/domain/criteria/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let nextId = 0;
function worklog(issueKey: string, accountId: string, startedIso: string, seconds: number): Worklog {
  nextId += 1;
  return { id: `w${nextId}`, issueKey, accountId, startedMs: Date.parse(startedIso), seconds };
}

describe('hoursOf', () => {
  it('rounds to 2 decimals', () => {
    expect(hoursOf(3_600)).toBe(1);
    expect(hoursOf(1_200)).toBe(0.33);
    expect(hoursOf(5_400)).toBe(1.5);
    expect(hoursOf(0)).toBe(0);
  });
});

describe('hoursByPersonWeek', () => {
  it('sums seconds per person and week, then rounds once (3 x 20 minutes is 1 hour, not 0.99)', () => {
    const logs = [
      worklog('ACC-1', 'ann', '2026-11-23T09:00:00Z', 1_200),
      worklog('ACC-2', 'ann', '2026-11-24T09:00:00Z', 1_200),
      worklog('ACC-10', 'ann', '2026-11-25T09:00:00Z', 1_200),
    ];
    expect(value(hoursByPersonWeek(logs))).toEqual([
      { week: '2026-W48', accountId: 'ann', seconds: 3_600, hours: 1, issueKeys: ['ACC-1', 'ACC-2', 'ACC-10'], worklogIds: logs.map((l) => l.id) },
    ]);
  });

  it('one row per person-week that has worklogs, ordered by week then person', () => {
    const rows = value(
      hoursByPersonWeek([
        worklog('ACC-1', 'bob', '2026-11-30T09:00:00Z', 7_200),
        worklog('ACC-1', 'ann', '2026-11-30T09:00:00Z', 3_600),
        worklog('ACC-1', 'bob', '2026-11-23T09:00:00Z', 1_800),
      ]),
    );
    expect(rows.map((r) => [r.week, r.accountId, r.hours])).toEqual([
      ['2026-W48', 'bob', 0.5],
      ['2026-W49', 'ann', 1],
      ['2026-W49', 'bob', 2],
    ]);
  });

  it('files a worklog by its start in the project zone: Sunday 23:30 in Berlin stays in that week', () => {
    const lateSunday = worklog('ACC-1', 'ann', '2026-11-29T22:30:00Z', 3_600); // Sunday 23:30 CET
    const earlyMonday = worklog('ACC-1', 'ann', '2026-11-29T23:30:00Z', 3_600); // Monday 00:30 CET
    expect(value(hoursByPersonWeek([lateSunday, earlyMonday], 'Europe/Berlin')).map((r) => [r.week, r.hours])).toEqual([
      ['2026-W48', 1],
      ['2026-W49', 1],
    ]);
    expect(value(hoursByPersonWeek([lateSunday, earlyMonday], 'UTC')).map((r) => [r.week, r.hours])).toEqual([['2026-W48', 2]]);
  });

  it('keeps only the weeks of the range, both ends included', () => {
    const logs = [
      worklog('ACC-1', 'ann', '2026-11-16T09:00:00Z', 3_600),
      worklog('ACC-1', 'ann', '2026-11-23T09:00:00Z', 3_600),
      worklog('ACC-1', 'ann', '2026-11-30T09:00:00Z', 3_600),
      worklog('ACC-1', 'ann', '2026-12-07T09:00:00Z', 3_600),
    ];
    expect(value(hoursByPersonWeek(logs, 'UTC', { from: '2026-W48', to: '2026-W49' })).map((r) => r.week)).toEqual(['2026-W48', '2026-W49']);
    expect(value(worklogsInWeeks(logs, 'UTC', { from: '2026-W48', to: '2026-W48' })).map((l) => l.id)).toEqual([logs[1]!.id]);
  });

  it('counts a worklog listed twice (overlapping pages) once', () => {
    const log = worklog('ACC-1', 'ann', '2026-11-23T09:00:00Z', 3_600);
    expect(value(hoursByPersonWeek([log, { ...log }]))[0]?.hours).toBe(1);
  });

  it('refuses a worklog that is not a fact, naming it', () => {
    const bad = { ...worklog('ACC-1', 'ann', '2026-11-23T09:00:00Z', 3_600), seconds: -5 };
    expect(hoursByPersonWeek([bad])).toMatchObject({ ok: false, error: { code: 'invalid_worklog', message: expect.stringContaining(bad.id) } });
    expect(hoursByPersonWeek([{ ...bad, seconds: 10.5 }]).ok).toBe(false);
    expect(hoursByPersonWeek([{ ...bad, seconds: 60, startedMs: Number.NaN }]).ok).toBe(false);
  });

  it('refuses a bad zone or range', () => {
    expect(hoursByPersonWeek([], 'Nowhere/City')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(hoursByPersonWeek([], 'UTC', { from: '2026-W49', to: '2026-W48' })).toMatchObject({ ok: false, error: { code: 'invalid_range' } });
    expect(hoursByPersonWeek([], 'UTC', { from: '2026-W54', to: '2026-W55' })).toMatchObject({ ok: false, error: { code: 'invalid_week' } });
  });

  const logs = fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      issueKey: fc.constantFrom('ACC-1', 'ACC-2', 'ACC-3'),
      accountId: fc.constantFrom('ann', 'bob', 'cy'),
      startedMs: fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-03-01T00:00:00Z') }),
      seconds: fc.integer({ min: 0, max: 36_000 }),
    }),
    { maxLength: 60 },
  );

  it('no second is lost or counted twice, and every person-week appears once (law)', () => {
    fc.assert(
      fc.property(logs, fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Auckland'), (ws, zone) => {
        const unique = [...new Map(ws.map((w) => [w.id, w])).values()];
        const firstOfEach = unique.map((w) => ws.find((x) => x.id === w.id)!);
        const rows = value(hoursByPersonWeek(ws, zone));
        expect(rows.reduce((s, r) => s + r.seconds, 0)).toBe(firstOfEach.reduce((s, w) => s + w.seconds, 0));
        expect(new Set(rows.map((r) => `${r.week}/${r.accountId}`)).size).toBe(rows.length);
        for (const r of rows) expect(r.hours).toBe(hoursOf(r.seconds));
      }),
    );
  });

  it('per epic and per person-week agree on the total (law)', () => {
    fc.assert(
      fc.property(logs, (ws) => {
        const byWeek = value(hoursByPersonWeek(ws)).reduce((s, r) => s + r.seconds, 0);
        const byEpic = value(hoursByEpic(ws, (key) => (key === 'ACC-3' ? null : 'ACC-100'))).reduce((s, e) => s + e.seconds, 0);
        expect(byEpic).toBe(byWeek);
      }),
    );
  });
});

describe('hoursByEpic', () => {
  const logs = [
    worklog('ACC-1', 'ann', '2026-11-23T09:00:00Z', 3_600),
    worklog('ACC-2', 'bob', '2026-11-23T09:00:00Z', 7_200),
    worklog('ACC-3', 'ann', '2026-11-23T09:00:00Z', 1_800),
    worklog('ACC-4', 'cy', '2026-11-23T09:00:00Z', 36_000),
    worklog('ACC-5', 'cy', '2026-11-23T09:00:00Z', 900),
  ];
  const epics = new Map<string, string | null>([
    ['ACC-1', 'ACC-50'],
    ['ACC-2', 'ACC-50'],
    ['ACC-3', 'ACC-60'],
    ['ACC-4', null],
  ]);

  it('sums per epic with the tickets and people behind each number, "No epic" last', () => {
    expect(value(hoursByEpic(logs, epics))).toEqual([
      {
        epicKey: 'ACC-50',
        seconds: 10_800,
        hours: 3,
        issues: [
          { issueKey: 'ACC-2', seconds: 7_200, hours: 2 },
          { issueKey: 'ACC-1', seconds: 3_600, hours: 1 },
        ],
        accountIds: ['ann', 'bob'],
      },
      { epicKey: 'ACC-60', seconds: 1_800, hours: 0.5, issues: [{ issueKey: 'ACC-3', seconds: 1_800, hours: 0.5 }], accountIds: ['ann'] },
      {
        epicKey: null,
        seconds: 36_900,
        hours: 10.25,
        issues: [
          { issueKey: 'ACC-4', seconds: 36_000, hours: 10 },
          { issueKey: 'ACC-5', seconds: 900, hours: 0.25 },
        ],
        accountIds: ['cy'],
      },
    ]);
  });

  it('takes a function as well as a map; an unknown ticket has no epic', () => {
    const rows = value(hoursByEpic(logs, (key) => (key === 'ACC-3' ? 'ACC-60' : undefined)));
    expect(rows.map((r) => [r.epicKey, r.hours])).toEqual([
      ['ACC-60', 0.5],
      [null, 13.25],
    ]);
  });

  it('nothing logged, no rows', () => {
    expect(value(hoursByEpic([], epics))).toEqual([]);
  });
});
