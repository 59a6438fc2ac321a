import { describe, expect, it } from 'vitest';
import { parseEstimate, parseSprintIds, sprintScope, velocity, type ScopeIssue, type SprintScope } from '../../../src/domain/scope';
import type { Result } from '../../../src/domain/criteria/result';
import {
  DANA,
  DAY,
  DONE,
  doneStatusIds,
  estimateChange,
  IN_PROGRESS,
  issue,
  MILO,
  S10_COMPLETE,
  S10_START,
  S11_START,
  sprint10,
  sprint11,
  sprintChange,
  statusChange,
  TODO,
} from './scope-fixtures';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function ledger(issues: ScopeIssue[], sprint = sprint10, mode: 'field' | 'issueCount' = 'field'): SprintScope {
  return value(sprintScope(sprint, issues, { estimateMode: mode, doneStatusIds }));
}

function entry(scope: SprintScope, key: string) {
  const found = scope.entries.find((e) => e.key === key);
  if (found === undefined) throw new Error(`${key} is not in the ledger`);
  return found;
}

/** Planned before the start, done before completion: the plain case. */
const planned = issue('ACC-1', {
  sprintIds: [10],
  estimate: 3,
  statusId: DONE,
  changes: [sprintChange(S10_START - 2 * DAY, '', '10'), statusChange(S10_START + 5 * DAY, TODO, DONE)],
});

describe('Jira changelog values', () => {
  it('reads the Sprint field as Jira writes it', () => {
    expect(value(parseSprintIds('1619, 1647'))).toEqual([1619, 1647]);
    expect(value(parseSprintIds('1619'))).toEqual([1619]);
    expect(value(parseSprintIds(''))).toEqual([]);
    expect(value(parseSprintIds(null))).toEqual([]);
    expect(value(parseSprintIds('1619,1647,1619'))).toEqual([1619, 1647]);
    expect(parseSprintIds('Sprint 12')).toMatchObject({ ok: false, error: { code: 'invalid_change' } });
  });

  it('reads estimates written as text', () => {
    expect(value(parseEstimate('5'))).toBe(5);
    expect(value(parseEstimate('0.5'))).toBe(0.5);
    expect(value(parseEstimate('3.0'))).toBe(3);
    expect(value(parseEstimate(''))).toBeNull();
    expect(value(parseEstimate(null))).toBeNull();
    expect(parseEstimate('three')).toMatchObject({ ok: false, error: { code: 'invalid_change' } });
    expect(parseEstimate('-1').ok).toBe(false);
  });
});

describe('committed and completed', () => {
  it('planned before the start and done before completion', () => {
    const scope = ledger([planned]);
    expect(scope.committed).toEqual(['ACC-1']);
    expect(scope.completed).toEqual(['ACC-1']);
    expect(entry(scope, 'ACC-1')).toMatchObject({
      committed: true,
      added: false,
      outcome: 'completed',
      points: { atStart: 3, whenAdded: null, whenRemoved: null, atCompletion: 3 },
      statusAtCompletion: DONE,
    });
  });

  it('carries the changelog entries behind it: who put it in the sprint and who finished it, when', () => {
    expect(entry(ledger([planned]), 'ACC-1').evidence).toEqual([
      { kind: 'sprint', atMs: S10_START - 2 * DAY, by: MILO, from: [], to: [10], effect: 'added' },
      { kind: 'status', atMs: S10_START + 5 * DAY, by: DANA, from: TODO, to: DONE, done: true },
    ]);
  });

  it('added at the start instant counts as committed', () => {
    const atStart = issue('ACC-2', { sprintIds: [10], estimate: 2, changes: [sprintChange(S10_START, '', '10')] });
    const scope = ledger([atStart]);
    expect(scope.committed).toEqual(['ACC-2']);
    expect(scope.added).toEqual([]);
  });

  it('a millisecond after the start is added', () => {
    const justAfter = issue('ACC-2', { sprintIds: [10], estimate: 2, changes: [sprintChange(S10_START + 1, '', '10')] });
    expect(ledger([justAfter]).added).toEqual(['ACC-2']);
  });

  it('an issue with no changes at all: its current values held since it was created', () => {
    const quiet = issue('ACC-3', { sprintIds: [10], estimate: 5, statusId: IN_PROGRESS });
    const scope = ledger([quiet]);
    expect(entry(scope, 'ACC-3')).toMatchObject({
      committed: true,
      added: false,
      outcome: 'notCompleted',
      points: { atStart: 5, atCompletion: 5 },
      evidence: [{ kind: 'created', atMs: quiet.createdMs }],
    });
    expect(scope.notCompleted).toEqual(['ACC-3']);
  });
});

describe('added, removed', () => {
  it('created directly in the sprint after the start is added, with its creation as evidence', () => {
    const createdMs = S10_START + 3 * DAY;
    const late = issue('ACC-4', { createdMs, sprintIds: [10], estimate: 1, statusId: DONE });
    const scope = ledger([late]);
    expect(scope.added).toEqual(['ACC-4']);
    expect(entry(scope, 'ACC-4')).toMatchObject({
      committed: false,
      added: true,
      addedAtMs: createdMs,
      outcome: 'completed',
      points: { atStart: null, whenAdded: 1, atCompletion: 1 },
      evidence: [{ kind: 'created', atMs: createdMs }],
    });
  });

  it('removed mid-sprint: the estimate when removed, the change as evidence', () => {
    const removedAt = S10_START + 4 * DAY;
    const dropped = issue('ACC-5', {
      sprintIds: [],
      estimate: 8,
      changes: [sprintChange(S10_START - DAY, '', '10'), estimateChange(S10_START - DAY, null, '5'), estimateChange(removedAt - 1, '5', '8'), sprintChange(removedAt, '10', '')],
    });
    const scope = ledger([dropped]);
    expect(scope.removed).toEqual(['ACC-5']);
    expect(entry(scope, 'ACC-5')).toMatchObject({ committed: true, outcome: 'removed', removedAtMs: removedAt, points: { atStart: 5, whenRemoved: 8, atCompletion: null } });
    expect(scope.points).toMatchObject({ committed: 5, removed: 8 });
    expect(entry(scope, 'ACC-5').evidence.filter((e) => e.kind === 'sprint').map((e) => e.kind === 'sprint' && e.effect)).toEqual(['added', 'removed']);
  });

  it('removed after completion does not count as removed', () => {
    const afterwards = issue('ACC-6', {
      sprintIds: [],
      estimate: 3,
      changes: [sprintChange(S10_START - DAY, '', '10'), sprintChange(S10_COMPLETE + DAY, '10', '')],
    });
    const scope = ledger([afterwards]);
    expect(scope.removed).toEqual([]);
    expect(scope.notCompleted).toEqual(['ACC-6']);
    expect(entry(scope, 'ACC-6').evidence.every((e) => e.atMs <= S10_COMPLETE)).toBe(true);
  });

  it('in and out twice, in at the start: committed, and the outcome is where it ended', () => {
    const d = (n: number) => S10_START + n * DAY;
    const restless = issue('ACC-7', {
      sprintIds: [10],
      estimate: 2,
      statusId: DONE,
      changes: [
        sprintChange(d(-1), '', '10'),
        sprintChange(d(1), '10', ''),
        sprintChange(d(2), '', '10'),
        sprintChange(d(3), '10', ''),
        sprintChange(d(4), '', '10'),
        statusChange(d(5), TODO, DONE),
      ],
    });
    const scope = ledger([restless]);
    expect(entry(scope, 'ACC-7')).toMatchObject({ committed: true, added: false, outcome: 'completed', removedAtMs: null });
    expect(entry(scope, 'ACC-7').evidence.filter((e) => e.kind === 'sprint')).toHaveLength(5);
    expect(scope.points).toMatchObject({ committed: 2, added: 0, removed: 0, completed: 2 });
  });

  it('in and out twice, not in at the start: added (when first added) and removed (when last removed)', () => {
    const d = (n: number) => S10_START + n * DAY;
    const restless = issue('ACC-8', {
      sprintIds: [],
      estimate: 5,
      changes: [
        estimateChange(d(-3), null, '1'),
        sprintChange(d(1), '', '10'),
        sprintChange(d(2), '10', ''),
        estimateChange(d(3), '1', '3'),
        sprintChange(d(4), '', '10'),
        estimateChange(d(5), '3', '5'),
        sprintChange(d(6), '10', ''),
      ],
    });
    const scope = ledger([restless]);
    expect(entry(scope, 'ACC-8')).toMatchObject({
      committed: false,
      added: true,
      outcome: 'removed',
      addedAtMs: d(1),
      removedAtMs: d(6),
      points: { atStart: null, whenAdded: 1, whenRemoved: 5, atCompletion: null },
    });
    // Only the estimate change made while in the sprint is a re-estimate.
    expect(entry(scope, 'ACC-8').reEstimates).toEqual([{ atMs: d(5), by: DANA, from: 3, to: 5 }]);
    expect(scope.points).toMatchObject({ added: 1, removed: 5 });
  });

  it('issues never in the sprint between start and completion are left out', () => {
    const d = (n: number) => S10_START + n * DAY;
    const never = issue('ACC-20', { sprintIds: [11] });
    const plannedOut = issue('ACC-21', { changes: [sprintChange(d(-3), '', '10'), sprintChange(d(-1), '10', '')] });
    const afterCompletion = issue('ACC-22', { sprintIds: [10], changes: [sprintChange(S10_COMPLETE + 1, '', '10')] });
    const createdLater = issue('ACC-23', { sprintIds: [10], createdMs: S10_COMPLETE + DAY });
    expect(ledger([never, plannedOut, afterCompletion, createdLater]).entries).toEqual([]);
  });
});

describe('re-estimates', () => {
  it('re-estimated mid-sprint: committed at the start estimate, completed at the final one', () => {
    const d = (n: number) => S10_START + n * DAY;
    const grown = issue('ACC-9', {
      sprintIds: [10],
      estimate: 8,
      statusId: DONE,
      changes: [
        sprintChange(d(-2), '', '10'),
        estimateChange(d(-1), '2', '3'),
        estimateChange(d(4), '3', '5'),
        statusChange(d(8), IN_PROGRESS, DONE),
        estimateChange(S10_COMPLETE + DAY, '5', '8'),
      ],
    });
    const scope = ledger([grown]);
    expect(entry(scope, 'ACC-9')).toMatchObject({ points: { atStart: 3, atCompletion: 5 }, reEstimates: [{ atMs: d(4), by: DANA, from: 3, to: 5 }] });
    expect(scope.reEstimated).toEqual(['ACC-9']);
    expect(scope.points).toMatchObject({ committed: 3, completed: 5 });
    expect(entry(scope, 'ACC-9').evidence.map((e) => e.kind)).toEqual(['sprint', 'estimate', 'status']);
  });

  it('no estimate at the start (the first change goes from none): committed with no points, then re-estimated', () => {
    const d = (n: number) => S10_START + n * DAY;
    const late = issue('ACC-12', { sprintIds: [10], estimate: 5, changes: [sprintChange(d(-1), '', '10'), estimateChange(d(2), '', '5')] });
    const scope = ledger([late]);
    expect(entry(scope, 'ACC-12')).toMatchObject({ points: { atStart: null, atCompletion: 5 }, reEstimates: [{ from: null, to: 5 }] });
    expect(scope.points.committed).toBe(0);
    expect(scope.unestimated).toEqual(['ACC-12']);
  });

  it('a change that writes the same number differently is no re-estimate', () => {
    const same = issue('ACC-10', { sprintIds: [10], estimate: 3, changes: [estimateChange(S10_START + DAY, '3', '3.0')] });
    expect(ledger([same]).reEstimated).toEqual([]);
  });
});

describe('carried over', () => {
  // Jira moves unfinished work on completion: Sprint "10" becomes "10, 11".
  const carried = issue('ACC-11', {
    sprintIds: [10, 11],
    estimate: 5,
    statusId: IN_PROGRESS,
    changes: [sprintChange(S10_START - DAY, '', '10'), statusChange(S10_START + DAY, TODO, IN_PROGRESS), sprintChange(S10_COMPLETE + 1_000, '10', '10, 11', null)],
  });

  it('is not completed in its sprint', () => {
    const scope = ledger([carried]);
    expect(scope.notCompleted).toEqual(['ACC-11']);
    expect(scope.points.notCompleted).toBe(5);
  });

  it('is committed in the next one, with the carry-over as evidence', () => {
    const next = ledger([carried], sprint11);
    expect(next.committed).toEqual(['ACC-11']);
    expect(entry(next, 'ACC-11').evidence.find((e) => e.kind === 'sprint')).toEqual({ kind: 'sprint', atMs: S10_COMPLETE + 1_000, by: null, from: [10], to: [10, 11], effect: 'added' });
  });
});

describe('totals, modes and velocity', () => {
  const d = (n: number) => S10_START + n * DAY;
  const issues = [
    planned, // committed 3, completed
    issue('ACC-2', { sprintIds: [10], estimate: 5, statusId: IN_PROGRESS, changes: [sprintChange(d(-1), '', '10')] }), // committed 5, not completed
    issue('ACC-3', { sprintIds: [10], estimate: 2, statusId: DONE, changes: [sprintChange(d(2), '', '10'), statusChange(d(3), TODO, DONE)] }), // added 2, completed
    issue('ACC-4', { sprintIds: [], estimate: null, changes: [sprintChange(d(-1), '', '10'), sprintChange(d(2), '10', '')] }), // committed, unestimated, removed
  ];

  it('sums points per category and computes churn', () => {
    const scope = ledger(issues);
    expect(scope.points).toEqual({ committed: 8, added: 2, removed: 0, completed: 5, notCompleted: 5 });
    expect(scope.velocity).toBe(5);
    expect(scope.churn).toBe(0.25);
    expect(scope.unestimated).toEqual(['ACC-4']);
    expect(scope).toMatchObject({ committed: ['ACC-1', 'ACC-2', 'ACC-4'], added: ['ACC-3'], removed: ['ACC-4'], completed: ['ACC-1', 'ACC-3'], notCompleted: ['ACC-2'] });
  });

  it('issue count mode counts each issue as 1', () => {
    const scope = ledger(issues, sprint10, 'issueCount');
    expect(scope.points).toEqual({ committed: 3, added: 1, removed: 1, completed: 2, notCompleted: 1 });
    expect(scope.churn).toBe(0.667);
    expect(scope.unestimated).toEqual([]);
  });

  it('an active sprint is measured up to now', () => {
    const active = { ...sprint10, state: 'active' as const, completeDate: null };
    const now = d(4);
    const scope = value(sprintScope(active, issues, { estimateMode: 'field', doneStatusIds, nowMs: now }));
    expect(scope.sprint).toMatchObject({ completionMs: now, completionIsNow: true });
    // ACC-1 is done only on day 5.
    expect(scope.completed).toEqual(['ACC-3']);
    expect(scope.notCompleted).toEqual(['ACC-1', 'ACC-2']);
  });

  it('velocity per sprint in start order, the mean over closed sprints', () => {
    const s10 = ledger(issues);
    const s11 = ledger([issue('ACC-30', { sprintIds: [11], estimate: 7, statusId: DONE })], sprint11);
    const active = value(
      sprintScope({ ...sprint11, id: 12, name: 'Sprint 12', state: 'active', startDate: new Date(S11_START + 14 * DAY).toISOString() }, [], {
        estimateMode: 'field',
        doneStatusIds,
        nowMs: S11_START + 15 * DAY,
      }),
    );
    const v = velocity([active, s11, s10]);
    expect(v.sprints.map((s) => [s.sprintName, s.completed])).toEqual([
      ['Sprint 10', 5],
      ['Sprint 11', 7],
      ['Sprint 12', 0],
    ]);
    expect(v.sprints[1]?.completedKeys).toEqual(['ACC-30']);
    expect(v.meanCompleted).toBe(6);
    expect(velocity([]).meanCompleted).toBeNull();
  });

  it('nothing committed: no churn', () => {
    expect(ledger([]).churn).toBeNull();
  });
});

describe('refusals', () => {
  it('a future sprint has no ledger yet', () => {
    expect(sprintScope({ id: 13, name: 'Sprint 13', state: 'future' }, [], { estimateMode: 'field', doneStatusIds })).toMatchObject({
      ok: false,
      error: { code: 'sprint_not_started', message: expect.stringContaining('Sprint 13') },
    });
  });

  it('a closed sprint without completion date, an active sprint without now', () => {
    expect(sprintScope({ ...sprint10, completeDate: null }, [], { estimateMode: 'field', doneStatusIds })).toMatchObject({ ok: false, error: { code: 'invalid_sprint' } });
    expect(sprintScope({ ...sprint10, state: 'active' }, [], { estimateMode: 'field', doneStatusIds })).toMatchObject({ ok: false, error: { code: 'invalid_sprint' } });
  });

  it('an unreadable changelog value names the issue', () => {
    const bad = issue('ACC-99', { changes: [sprintChange(S10_START, 'Sprint 10', '')] });
    expect(sprintScope(sprint10, [bad], { estimateMode: 'field', doneStatusIds })).toMatchObject({
      ok: false,
      error: { code: 'invalid_change', message: expect.stringContaining('ACC-99') },
    });
  });
});
