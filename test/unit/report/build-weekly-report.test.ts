import { describe, expect, it } from 'vitest';
import { buildWeeklyReport, DEFAULT_RAID_UNAVAILABLE_REASON, fieldWords, raidChangeSummary } from '../../../src/domain/report';
import { built, DANA, input, MILO } from './report-fixtures';

describe('buildWeeklyReport', () => {
  it('hours: the report week only, a person-week given twice summed in seconds, names where known', () => {
    const report = built();
    expect(report.hours).toEqual([
      { week: '2026-W48', accountId: DANA, displayName: 'Dana Developer', hours: 10.5, issueKeys: ['ACC-1', 'ACC-2', 'ACC-10'] },
      { week: '2026-W48', accountId: MILO, displayName: 'Milo Manager', hours: 1, issueKeys: ['ACC-2'] },
      { week: '2026-W48', accountId: 'acc-x', displayName: null, hours: 0.67, issueKeys: [] },
    ]);
    // 43,800 seconds in all.
    expect(report.totalHours).toBe(12.17);
    expect(report.hoursByPerson.map((p) => [p.accountId, p.hours, p.weeks])).toEqual([
      [DANA, 10.5, ['2026-W48']],
      [MILO, 1, ['2026-W48']],
      ['acc-x', 0.67, ['2026-W48']],
    ]);
  });

  it('hours of a week list people by name, not by account id', () => {
    const report = built({
      people: new Map([['acc-1', 'Zoe Tester'], ['acc-2', 'Adam Analyst'], ['acc-3', 'Maya Developer']]),
      hoursByPersonWeek: ['acc-1', 'acc-2', 'acc-3', 'acc-0'].map((accountId) => ({ week: '2026-W48', accountId, seconds: 3_600 })),
    });
    expect(report.hours.map((r) => r.displayName)).toEqual(['Adam Analyst', 'Maya Developer', 'Zoe Tester', null]);
  });

  it('totals round summed seconds, never summed rounded hours', () => {
    const third = { week: '2026-W48', seconds: 1_200 };
    const report = built({ hoursByPersonWeek: [{ ...third, accountId: 'a' }, { ...third, accountId: 'b' }, { ...third, accountId: 'c' }] });
    expect(report.hours.map((h) => h.hours)).toEqual([0.33, 0.33, 0.33]);
    expect(report.totalHours).toBe(1);
  });

  it('a range of weeks keeps every week in it; "all" keeps every week and names the span', () => {
    const two = built({ range: { from: '2026-W47', to: '2026-W48' } });
    expect(two.hours.map((h) => h.week)).toEqual(['2026-W47', '2026-W48', '2026-W48', '2026-W48']);
    expect(two.hoursByPerson[0]).toEqual({ accountId: DANA, displayName: 'Dana Developer', hours: 30.5, weeks: ['2026-W47', '2026-W48'] });
    expect(two.period).toEqual({ kind: 'weeks', fromWeek: '2026-W47', toWeek: '2026-W48', startDate: '2026-11-16', endDate: '2026-11-29', label: 'Weeks 2026-W47 to 2026-W48 (2026-11-16 to 2026-11-29)' });
    const all = built({ range: 'all' });
    expect(all.period.label).toBe('All weeks, 2026-W47 to 2026-W48 (2026-11-16 to 2026-11-29)');
    expect(all.raid.available && all.raid.changes.map((c) => c.itemId)).toEqual(['R-1', 'R-1', 'A-1', 'A-1']);
    expect(built({ range: 'all', hoursByPersonWeek: [] }).period).toEqual({ kind: 'all', fromWeek: null, toWeek: null, startDate: null, endDate: null, label: 'All weeks (no hours logged)' });
  });

  it('epics: most hours first, "No epic" last, with names and tickets', () => {
    expect(built().epics).toEqual([
      { epicKey: 'ACC-20', epicName: 'Checkout | Payments', hours: 6, issueKeys: ['ACC-2'], accountIds: [DANA] },
      { epicKey: 'ACC-21', epicName: 'Reports\nand exports', hours: 4, issueKeys: ['ACC-1'], accountIds: [DANA, MILO] },
      { epicKey: null, epicName: null, hours: 0.33, issueKeys: ['ACC-30'], accountIds: [MILO] },
    ]);
  });

  it('sprints: in start order, the ledger keys and points, local dates, no completion while active', () => {
    expect(built().sprints).toEqual([
      {
        id: 11,
        name: 'Sprint 11',
        goal: null,
        state: 'closed',
        startDate: '2026-11-09',
        completeDate: '2026-11-20',
        committed: ['ACC-7'],
        added: [],
        removed: [],
        completed: ['ACC-7'],
        notCompleted: [],
        points: { committed: 2, added: 0, removed: 0, completed: 2, notCompleted: 0 },
        unit: 'points',
      },
      {
        id: 12,
        name: 'Sprint 12',
        goal: 'Take *card* payments | <b>live</b>\n# then refunds',
        state: 'active',
        startDate: '2026-11-23',
        completeDate: null,
        committed: ['ACC-1', 'ACC-10', 'ACC-11'],
        added: ['ACC-2'],
        removed: ['ACC-10'],
        completed: ['ACC-1'],
        notCompleted: ['ACC-2', 'ACC-11'],
        points: { committed: 15, added: 3, removed: 2, completed: 5, notCompleted: 11 },
        unit: 'points',
      },
    ]);
  });

  it('sprint goals: kept as written in Jira, only trimmed; a blank or missing goal is null', () => {
    const [active, closed] = input().sprints;
    const goals = (...values: (string | null)[]) => built({ sprints: values.map((goal, i) => ({ ...(i === 0 ? active! : closed!), goal })) }).sprints.map((s) => [s.id, s.goal]);
    expect(goals('  Ship **checkout**\r\n  ', null)).toEqual([
      [11, null],
      [12, 'Ship **checkout**'],
    ]);
    expect(goals('', '\t \u200b\n')).toEqual([
      [11, null],
      [12, null],
    ]);
  });

  it('RAID changes: the entries inside the week in the project zone, in time order, with titles and names', () => {
    const report = built();
    if (!report.raid.available) throw new Error('expected RAID changes');
    // 22:30 UTC on Sunday is 23:30 in Berlin (W48); 23:30 UTC is Monday 00:30 there (W49) and is left out.
    expect(report.raid.changes.map((c) => [c.at, c.date, c.itemId, c.title, c.action, c.byName, c.summary])).toEqual([
      ['2026-11-23T08:00:00.000Z', '2026-11-23', 'R-1', 'Vendor API | may change', 'updated', 'Dana Developer', 'status open → mitigating; likelihood 3 → 2; score 12 → 8; description changed'],
      ['2026-11-29T22:30:00.000Z', '2026-11-29', 'A-1', 'Client sends test data', 'created', 'Milo Manager', 'created (status unvalidated)'],
    ]);
    const inUtc = built({ timeZone: 'UTC' });
    expect(inUtc.raid.available && inUtc.raid.changes.map((c) => c.at)).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-29T22:30:00.000Z', '2026-11-29T23:30:00.000Z']);
  });

  it('RAID changes that cannot be read: the report says so, with the given reason or a default', () => {
    expect(built({ raid: null }).raid).toEqual({ available: false, reason: DEFAULT_RAID_UNAVAILABLE_REASON });
    expect(built({ raid: null, raidUnavailableReason: 'The command line cannot read the register.' }).raid).toEqual({
      available: false,
      reason: 'The command line cannot read the register.',
    });
    expect(built({ raid: { entries: [], items: [] } }).raid).toEqual({ available: true, changes: [] });
  });

  it('risks by proposed score; milestones by release date with a status; readiness as summarized', () => {
    const report = built();
    expect(report.risks.map((r) => [r.signalKey, r.score, r.evidence.length])).toEqual([
      ['blocked:ACC-2', 16, 2],
      ['burn-ahead', 9, 0],
    ]);
    expect(report.milestones.map((m) => [m.name, m.status, m.progress?.percent ?? null, m.p85])).toEqual([
      ['Release 1.9', 'on track', 90, '2026-12-02'],
      ['Release 2.0', 'at risk', 50, '2026-12-25'],
      ['Someday', 'no forecast', null, null],
    ]);
    expect(report.readiness).toMatchObject({ sprintId: 13, sprintName: 'Sprint 13', total: 3, ready: 1, notReady: 2, averageScore: 62, failingChecks: [{ check: 'ac.missing', tickets: 2 }, { check: 'estimate.missing', tickets: 1 }] });
    expect(report.readiness?.furthest.map((t) => t.key)).toEqual(['ACC-40', 'ACC-42']);
  });

  it('milestone statuses: cannot finish, no release date, empty progress', () => {
    const f = { p50: null, p85: null, p95: null, probabilityByRelease: 0, p85AfterRelease: true, cannotFinish: true };
    const report = built({
      milestones: [
        { id: 'a', name: 'A', releaseDate: '2026-12-01', progress: { done: 0, total: 0 }, forecast: f },
        { id: 'b', name: 'B', releaseDate: null, progress: null, forecast: { ...f, cannotFinish: false, p85AfterRelease: null, probabilityByRelease: null } },
      ],
    });
    expect(report.milestones.map((m) => [m.status, m.progress])).toEqual([
      ['cannot finish', { done: 0, total: 0, percent: null }],
      ['no release date', null],
    ]);
  });

  it('bad input is an error with the reason, never a throw', () => {
    const code = (overrides: Parameters<typeof input>[0]) => {
      const r = buildWeeklyReport(input(overrides));
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ timeZone: '+01:00' })).toBe('invalid_time_zone');
    expect(code({ range: { from: '2026-W54', to: '2026-W54' } })).toBe('invalid_week');
    expect(code({ range: { from: '2026-W48', to: '2026-W47' } })).toBe('invalid_range');
    expect(code({ generatedAt: 'yesterday' })).toBe('invalid_report');
    expect(code({ hoursByPersonWeek: [{ week: '2026-48', accountId: DANA, seconds: 1 }] })).toBe('invalid_week');
    expect(code({ hoursByPersonWeek: [{ week: '2026-W48', accountId: DANA, seconds: -1 }] })).toBe('invalid_report');
    const entry = { itemId: 'R-1', version: 2, action: 'updated' as const, at: 'soon', by: DANA, changes: [] };
    expect(code({ raid: { entries: [entry], items: [] } })).toBe('invalid_report');
    expect(code({})).toBe('ok');
  });
});

describe('raidChangeSummary', () => {
  const entry = (changes: { field: string; from: string | number | string[] | null; to: string | number | string[] | null }[]) => ({
    itemId: 'R-1',
    version: 2,
    action: 'updated' as const,
    at: '2026-11-23T08:00:00.000Z',
    by: DANA,
    changes,
  });
  const name = (id: string) => (id === DANA ? 'Dana Developer' : id);

  it('values in words: people by name, lists joined, empty as none, long values cut, free text only as changed', () => {
    expect(
      raidChangeSummary(
        entry([
          { field: 'owner', from: null, to: DANA },
          { field: 'linkedIssues', from: [], to: ['ACC-1', 'ACC-2'] },
          { field: 'nextReviewDate', from: '2026-11-01', to: '' },
          { field: 'title', from: 'x'.repeat(70), to: 'Short' },
          { field: 'actions', from: 'a', to: 'b' },
        ]),
        name,
      ),
    ).toBe(`owner none → Dana Developer; linked issues none → ACC-1, ACC-2; next review date 2026-11-01 → none; title ${'x'.repeat(59)}… → Short; actions changed`);
    expect(raidChangeSummary(entry([]), name)).toBe('no field changed');
    expect(raidChangeSummary({ ...entry([{ field: 'title', from: null, to: 'T' }]), action: 'created' }, name)).toBe('created');
    expect(fieldWords('residualLikelihood')).toBe('residual likelihood');
  });
});
