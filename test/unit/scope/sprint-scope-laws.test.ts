import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sprintScope, type FieldChange, type ScopeIssue } from '../../../src/domain/scope';
import { DAY, DONE, doneStatusIds, IN_PROGRESS, S10_COMPLETE, S10_START, sprint10, TODO } from './scope-fixtures';

const sprintValues = fc.constantFrom('', '10', '9', '9, 10', '10, 11', '11');
const times = fc.integer({ min: S10_START - 5 * DAY, max: S10_COMPLETE + 5 * DAY });
const change: fc.Arbitrary<FieldChange> = fc.oneof(
  fc.record({ atMs: times, by: fc.constant(null), field: fc.constant('sprint' as const), from: sprintValues, to: sprintValues }),
  fc.record({
    atMs: times,
    by: fc.constant(null),
    field: fc.constant('estimate' as const),
    from: fc.constantFrom('', '1', '2', '3', '5'),
    to: fc.constantFrom('', '1', '2', '3', '5'),
  }),
  fc.record({ atMs: times, by: fc.constant(null), field: fc.constant('status' as const), from: fc.constantFrom(TODO, IN_PROGRESS, DONE), to: fc.constantFrom(TODO, IN_PROGRESS, DONE) }),
);
const issues: fc.Arbitrary<ScopeIssue[]> = fc
  .array(
    fc.record({
      createdMs: fc.integer({ min: S10_START - 10 * DAY, max: S10_COMPLETE + DAY }),
      sprintIds: fc.subarray([9, 10, 11]),
      estimate: fc.option(fc.constantFrom(1, 2, 3, 5, 8), { nil: null }),
      statusId: fc.constantFrom(TODO, IN_PROGRESS, DONE),
      changes: fc.array(change, { maxLength: 8 }),
    }),
    { maxLength: 12 },
  )
  .map((list) =>
    list.map((x, i) => ({
      id: String(i),
      key: `ACC-${i + 1}`,
      summary: '',
      createdMs: x.createdMs,
      current: { sprintIds: x.sprintIds, estimate: x.estimate, statusId: x.statusId },
      changes: x.changes.filter((c) => c.atMs >= x.createdMs),
    })),
  );

function ledger(list: ScopeIssue[], mode: 'field' | 'issueCount' = 'field') {
  const result = sprintScope(sprint10, list, { estimateMode: mode, doneStatusIds });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('scope ledger laws', () => {
  it('every issue in the ledger is either committed or added, and ends either completed, not completed or removed', () => {
    fc.assert(
      fc.property(issues, (list) => {
        const scope = ledger(list);
        for (const e of scope.entries) expect(e.committed !== e.added).toBe(true);
        expect(scope.committed.length + scope.added.length).toBe(scope.entries.length);
        expect(scope.completed.length + scope.notCompleted.length + scope.removed.length).toBe(scope.entries.length);
      }),
    );
  });

  it('in issue count mode, points are the counts', () => {
    fc.assert(
      fc.property(issues, (list) => {
        const scope = ledger(list, 'issueCount');
        expect(scope.points).toEqual({
          committed: scope.committed.length,
          added: scope.added.length,
          removed: scope.removed.length,
          completed: scope.completed.length,
          notCompleted: scope.notCompleted.length,
        });
      }),
    );
  });

  it('changes after completion change nothing', () => {
    fc.assert(
      fc.property(issues, fc.array(laterChange, { maxLength: 4 }), (list, later) => {
        const before = ledger(list);
        const after = ledger(list.map((i, n) => (n % 2 === 0 ? withLaterChanges(i, later) : i)));
        expect(after.entries).toEqual(before.entries);
        expect(after.points).toEqual(before.points);
      }),
    );
  });
});

const laterChange = fc.oneof(
  fc.record({ field: fc.constant('sprint' as const), to: sprintValues }),
  fc.record({ field: fc.constant('estimate' as const), to: fc.constantFrom('', '1', '13') }),
  fc.record({ field: fc.constant('status' as const), to: fc.constantFrom(TODO, DONE) }),
);

/**
 * The issue as Jira would show it after further edits once the sprint was completed: each change goes from
 * the field's value at that moment, and the current values move with them.
 */
function withLaterChanges(issue: ScopeIssue, later: ReadonlyArray<{ field: FieldChange['field']; to: string }>): ScopeIssue {
  const changes = [...issue.changes].sort((a, b) => a.atMs - b.atMs);
  let current = issue.current;
  let atMs = Math.max(S10_COMPLETE, ...changes.map((c) => c.atMs)) + 1;
  for (const { field, to } of later) {
    const last = changes.filter((c) => c.field === field).at(-1);
    const raw =
      field === 'sprint' ? current.sprintIds.join(', ') : field === 'estimate' ? (current.estimate === null ? '' : String(current.estimate)) : current.statusId;
    changes.push({ atMs, by: null, field, from: last?.to ?? raw, to });
    atMs += 1;
    current =
      field === 'sprint'
        ? { ...current, sprintIds: to === '' ? [] : to.split(',').map(Number) }
        : field === 'estimate'
          ? { ...current, estimate: to === '' ? null : Number(to) }
          : { ...current, statusId: to };
  }
  return { ...issue, current, changes };
}
