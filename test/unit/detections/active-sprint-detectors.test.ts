import { describe, expect, it } from 'vitest';
import { detectNotSignedOff, detectScopeAdded, detectUntouched, scopeFactsOf, type ActiveScopeFact } from '../../../src/domain/detections';
import { context, DAY, done, facts, NOW, sprint7, ticket } from './detection-fixtures';

describe('untouched in the active sprint', () => {
  it('one signal for the sprint, longest idle first', () => {
    const signals = detectUntouched(
      facts({
        tickets: [
          ticket('ACC-1', { updatedMs: NOW - 5 * DAY, statusName: 'In Review' }),
          ticket('ACC-2', { updatedMs: NOW - 9 * DAY }),
          ticket('ACC-3', { updatedMs: NOW - 4 * DAY }),
          done('ACC-4', 10, { updatedMs: NOW - 10 * DAY }),
          ticket('ACC-5', { updatedMs: NOW - 20 * DAY, sprintIds: [8] }),
        ],
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'untouched',
        signalKey: 'untouched:sprint-7',
        title: '2 tickets in Sprint 7 have not moved in 5 days',
        explanation: '2 of the 3 unfinished tickets in Sprint 7 have had no update for 5 days or more; the longest, ACC-2, for 9 days.',
        evidence: [
          { key: 'ACC-2', summary: 'Summary of ACC-2', fact: 'In Progress, untouched for 9 days (last updated 2026-11-16)' },
          { key: 'ACC-1', summary: 'Summary of ACC-1', fact: 'In Review, untouched for 5 days (last updated 2026-11-20)' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 3,
      },
    ]);
  });

  it('the threshold edge: N days fires, N - 1 does not; counted in calendar days of the project zone', () => {
    const at = (updatedMs: number, untouchedDays = 5, zone = 'UTC') => detectUntouched(facts({ tickets: [ticket('ACC-1', { updatedMs })] }), context({ untouchedDays }, NOW, zone));
    expect(at(NOW - 4 * DAY)).toEqual([]);
    expect(at(Date.parse('2026-11-20T23:59:00Z'))).toHaveLength(1);
    expect(at(Date.parse('2026-11-21T00:01:00Z'))).toEqual([]);
    // 23:30 UTC on the 20th is the 21st in Berlin: 4 days there.
    expect(at(Date.parse('2026-11-20T23:30:00Z'), 5, 'Europe/Berlin')).toEqual([]);
    expect(at(NOW - 2 * DAY, 2)[0]?.title).toBe('1 ticket in Sprint 7 has not moved in 2 days');
  });

  it('impact rises when a ticket has idled twice the threshold; the key stays while the numbers change', () => {
    const one = detectUntouched(facts({ tickets: [ticket('ACC-1', { updatedMs: NOW - 9 * DAY })] }), context())[0];
    const two = detectUntouched(facts({ tickets: [ticket('ACC-1', { updatedMs: NOW - 10 * DAY }), ticket('ACC-2', { updatedMs: NOW - 6 * DAY })] }), context())[0];
    expect([one?.proposedImpact, one?.explanation]).toEqual([3, '1 of the 1 unfinished tickets in Sprint 7 has had no update for 5 days or more (9 days).']);
    expect(two?.proposedImpact).toBe(4);
    expect(one?.signalKey).toBe(two?.signalKey);
  });

  it('does not fire without an active sprint', () => {
    expect(detectUntouched(facts({ activeSprint: null, tickets: [ticket('ACC-1', { updatedMs: NOW - 30 * DAY })] }), context())).toEqual([]);
  });
});

describe('done but not signed off', () => {
  it('done in the active sprint or resolved recently, not approved: one signal with the breakdown', () => {
    const signals = detectNotSignedOff(
      facts({
        tickets: [
          done('ACC-1', 2, { signoffState: 'pending' }),
          done('ACC-2', 0, { signoffState: 'changes_requested' }),
          done('ACC-3', 30, { signoffState: 'stale' }),
          done('ACC-4', 14, { sprintIds: [5], signoffState: null }),
          done('ACC-5', 15, { sprintIds: [5], signoffState: 'pending' }),
          done('ACC-6', 1, { signoffState: 'approved' }),
          ticket('ACC-7', { signoffState: 'pending' }),
        ],
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'not-signed-off',
        signalKey: 'not-signed-off',
        title: '4 done tickets are not signed off',
        explanation:
          '4 finished tickets (done in Sprint 7 or resolved in the last 14 days) have no approval from the product owner: 1 awaits sign-off, 1 had changes requested, 1 has a stale approval and 1 has no sign-off record.',
        evidence: [
          { key: 'ACC-1', summary: 'Summary of ACC-1', fact: 'Done, awaiting sign-off (resolved 2 days ago)' },
          { key: 'ACC-2', summary: 'Summary of ACC-2', fact: 'Done, changes were requested (resolved today)' },
          { key: 'ACC-3', summary: 'Summary of ACC-3', fact: 'Done, the approval went stale when the content changed (resolved 30 days ago)' },
          { key: 'ACC-4', summary: 'Summary of ACC-4', fact: 'Done, no sign-off recorded (resolved 14 days ago)' },
        ],
        proposedLikelihood: 4,
        proposedImpact: 4,
      },
    ]);
  });

  it('the window edge: N days ago counts, N + 1 does not; a setting', () => {
    const at = (daysAgo: number, recentlyResolvedDays = 14) =>
      detectNotSignedOff(facts({ activeSprint: null, tickets: [done('ACC-1', daysAgo, { signoffState: 'pending', sprintIds: [] })] }), context({ recentlyResolvedDays }));
    expect(at(14)).toHaveLength(1);
    expect(at(15)).toEqual([]);
    expect(at(3, 2)).toEqual([]);
    expect(at(0, 0)[0]?.explanation).toBe('1 finished ticket (resolved in the last 0 days) has no approval from the product owner: 1 awaits sign-off.');
  });

  it('a done ticket in the active sprint without a resolution date still counts; approved ones never', () => {
    const [signal] = detectNotSignedOff(facts({ tickets: [done('ACC-1', 0, { resolvedMs: null, signoffState: 'pending' })] }), context());
    expect(signal?.evidence[0]?.fact).toBe('Done, awaiting sign-off');
    expect([signal?.proposedLikelihood, signal?.proposedImpact, signal?.title]).toEqual([2, 3, '1 done ticket is not signed off']);
    expect(detectNotSignedOff(facts({ tickets: [done('ACC-1', 0, { signoffState: 'approved' })] }), context())).toEqual([]);
  });
});

describe('scope added after the start', () => {
  const scope = (committedPoints: number, addedPoints: number, added: ActiveScopeFact['added'] = []): ActiveScopeFact => ({ sprintId: 7, committedPoints, addedPoints, added });

  it('fires above the threshold with the added tickets as evidence, earliest first', () => {
    const signals = detectScopeAdded(
      facts({
        activeScope: scope(40, 10, [
          { key: 'ACC-9', summary: 'Export to PDF', points: 5, addedAtMs: Date.parse('2026-11-19T10:00:00Z') },
          { key: 'ACC-8', summary: 'Fix login', points: null, addedAtMs: null },
          { key: 'ACC-7', summary: 'Hotfix', points: 5, addedAtMs: Date.parse('2026-11-18T10:00:00Z') },
        ]),
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'scope-added',
        signalKey: 'scope-added:sprint-7',
        title: 'Sprint 7 grew by 25 % after it started',
        explanation: '10 points (3 tickets) were added to Sprint 7 after it started, on top of 40 points committed: 25 %, above the 20 % threshold.',
        evidence: [
          { key: 'ACC-7', summary: 'Hotfix', fact: 'added on 2026-11-18, 5 points' },
          { key: 'ACC-9', summary: 'Export to PDF', fact: 'added on 2026-11-19, 5 points' },
          { key: 'ACC-8', summary: 'Fix login', fact: 'added, no estimate' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 3,
      },
    ]);
  });

  it('the threshold edge: exactly at it does not fire, just above does', () => {
    expect(detectScopeAdded(facts({ activeScope: scope(50, 10) }), context())).toEqual([]);
    expect(detectScopeAdded(facts({ activeScope: scope(50, 10.5) }), context())[0]?.title).toBe('Sprint 7 grew by 21 % after it started');
    expect(detectScopeAdded(facts({ activeScope: scope(50, 10) }), context({ scopeAddedPercent: 19.9 }))).toHaveLength(1);
    expect(detectScopeAdded(facts({ activeScope: scope(50, 0) }), context({ scopeAddedPercent: 0 }))).toEqual([]);
    expect(detectScopeAdded(facts({ activeScope: null }), context())).toEqual([]);
  });

  it('a larger overrun proposes higher levels; the key is the sprint', () => {
    const levels = (added: number) => {
      const [s] = detectScopeAdded(facts({ activeScope: scope(100, added) }), context());
      return [s?.proposedLikelihood, s?.proposedImpact, s?.signalKey];
    };
    expect(levels(21)).toEqual([3, 3, 'scope-added:sprint-7']);
    expect(levels(30)).toEqual([4, 3, 'scope-added:sprint-7']);
    expect(levels(40)).toEqual([5, 3, 'scope-added:sprint-7']);
    expect(levels(50)).toEqual([5, 4, 'scope-added:sprint-7']);
  });

  it('nothing committed and points added later fires at the top; an unknown sprint is named by id', () => {
    const [signal] = detectScopeAdded(facts({ activeSprint: null, activeScope: { ...scope(0, 1), sprintId: 9 } }), context());
    expect(signal).toMatchObject({
      signalKey: 'scope-added:sprint-9',
      title: 'Sprint 9 took on 1 point after starting with none',
      explanation: '1 point was added to Sprint 9 after it started with nothing committed.',
      proposedLikelihood: 5,
      proposedImpact: 4,
    });
  });

  it('scopeFactsOf reads the ledger: committed and added points, the added entries', () => {
    const entry = (key: string, added: boolean, whenAdded: number | null, addedAtMs: number | null) => ({
      issueId: key,
      key,
      summary: `S ${key}`,
      committed: !added,
      added,
      outcome: 'notCompleted' as const,
      addedAtMs,
      removedAtMs: null,
      points: { atStart: added ? null : 3, whenAdded, whenRemoved: null, atCompletion: 3 },
      statusAtCompletion: null,
      reEstimates: [],
      evidence: [],
    });
    const facts7 = scopeFactsOf({
      sprint: { id: 7, name: 'Sprint 7', state: 'active', startMs: sprint7.startMs ?? 0, completionMs: NOW, completionIsNow: true },
      estimateMode: 'field',
      entries: [entry('ACC-1', false, null, null), entry('ACC-2', true, 5, NOW - DAY)],
      committed: ['ACC-1'],
      added: ['ACC-2'],
      removed: [],
      completed: [],
      notCompleted: ['ACC-1', 'ACC-2'],
      reEstimated: [],
      points: { committed: 3, added: 5, removed: 0, completed: 0, notCompleted: 8 },
      unestimated: [],
      velocity: 0,
      churn: 1.667,
    });
    expect(facts7).toEqual({ sprintId: 7, committedPoints: 3, addedPoints: 5, added: [{ key: 'ACC-2', summary: 'S ACC-2', points: 5, addedAtMs: NOW - DAY }] });
  });
});
