import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_FIELDS, updateRaidItem, type RaidItem } from '../../../src/domain/raid';
import { create, errorOf, MILO, PAULA, risk, T1, T2, update, value } from './raid-fixtures';

describe('updating an item', () => {
  it('records exactly the fields that changed, from -> to, and bumps the version', () => {
    const before = risk();
    const { item, entry } = update(before, { likelihood: 5, owner: 'acc-dana', title: 'Payment provider API may change' }, T1, PAULA);
    expect(item).toMatchObject({ likelihood: 5, score: 20, owner: 'acc-dana', version: 2, updatedAt: T1, updatedBy: PAULA, createdAt: before.createdAt });
    expect(entry).toEqual({
      itemId: 'R-1',
      version: 2,
      action: 'updated',
      at: T1,
      by: PAULA,
      changes: [
        { field: 'likelihood', from: 3, to: 5 },
        { field: 'score', from: 12, to: 20 },
        { field: 'owner', from: null, to: 'acc-dana' },
      ],
    });
  });

  it('a patch that changes nothing (or only whitespace) gives no entry and the same item', () => {
    const before = risk();
    const result = update(before, { title: '  Payment provider API may change  ', likelihood: 3 });
    expect(result.entry).toBeNull();
    expect(result.item).toBe(before);
  });

  it('refuses a stale version: nobody overwrites an edit they have not seen', () => {
    const before = update(risk(), { impact: 5 }).item;
    const result = updateRaidItem(before, { version: 1, impact: 2 }, MILO, T2);
    expect(errorOf(result)).toEqual({
      code: 'version_conflict',
      message: 'R-1 was changed by someone else since you opened it (you have version 1, it is now at version 2). Reload it and apply your change again.',
    });
    expect(errorOf(updateRaidItem(before, { impact: 2 }, MILO, T2)).code).toBe('invalid_input');
  });

  it('the kind never changes', () => {
    expect(errorOf(updateRaidItem(risk(), { version: 1, kind: 'issue' }, MILO, T1))).toEqual({
      code: 'kind_change',
      message: 'R-1 is a risk and stays one; to track it as an issue, create a new item and close this one.',
    });
    expect(update(risk(), { kind: 'risk', impact: 1 }).item).toMatchObject({ impact: 1 });
  });

  it('read-only fields and fields of another kind are refused by name', () => {
    expect(errorOf(updateRaidItem(risk(), { version: 1, score: 25, number: 4 }, MILO, T1))).toMatchObject({
      code: 'read_only_field',
      message: 'score, number cannot be edited.',
    });
    const wrongKind = errorOf(updateRaidItem(risk(), { version: 1, severity: 'high' }, MILO, T1));
    expect(wrongKind.code).toBe('unknown_field');
    expect(wrongKind.message).toMatch(/^severity is not a field of a risk; a risk has title, description, owner/u);
  });

  it('field values are checked as on creation', () => {
    expect(errorOf(updateRaidItem(risk(), { version: 1, title: '\u200B' }, MILO, T1)).fields).toEqual([
      { field: 'title', message: 'The title is empty (only spaces or invisible characters); write something.' },
    ]);
    expect(errorOf(updateRaidItem(risk(), { version: 1, status: 'done' }, MILO, T1)).message).toBe(
      'A risk status is one of open, mitigating, occurred, closed; got "done".',
    );
    expect(errorOf(updateRaidItem(risk(), 'impact=2', MILO, T1)).code).toBe('invalid_input');
  });

  it('residual likelihood and impact go together; clearing both clears the residual score', () => {
    expect(errorOf(updateRaidItem(risk(), { version: 1, residualLikelihood: 2 }, MILO, T1))).toMatchObject({
      code: 'residual_incomplete',
      fields: [{ field: 'residualImpact' }],
    });
    const mitigated = update(risk(), { residualLikelihood: 2, residualImpact: 1 });
    expect(mitigated.item).toMatchObject({ residualScore: 2 });
    expect(mitigated.entry?.changes.map((c) => c.field)).toEqual(['residualLikelihood', 'residualImpact', 'residualScore']);
    const cleared = update(mitigated.item, { residualLikelihood: null, residualImpact: null }, T2);
    expect(cleared.item).toMatchObject({ residualLikelihood: null, residualImpact: null, residualScore: null });
  });

  it('a closed risk can be reopened, and the history records it', () => {
    const closed = update(risk(), { status: 'closed' }).item;
    const reopened = update(closed, { status: 'open' }, T2);
    expect(reopened.item.status).toBe('open');
    expect(reopened.entry?.changes).toEqual([{ field: 'status', from: 'closed', to: 'open' }]);
  });

  it('linked issues are recorded as lists', () => {
    const linked = update(risk({ linkedIssues: ['ACC-1'] }), { linkedIssues: ['ACC-1', 'acc-2'] });
    expect(linked.entry?.changes).toEqual([{ field: 'linkedIssues', from: ['ACC-1'], to: ['ACC-1', 'ACC-2'] }]);
  });
});

describe('rules per kind', () => {
  it('an issue is resolved or closed only with a resolution', () => {
    const problem = create({ kind: 'issue', title: 'Staging is down', severity: 'high' });
    expect(errorOf(updateRaidItem(problem, { version: 1, status: 'resolved' }, MILO, T1))).toMatchObject({
      code: 'resolution_required',
      message: 'Say how I-1 was resolved before marking it resolved.',
    });
    const resolved = update(problem, { status: 'resolved', resolution: 'Restarted the database' });
    expect(resolved.item.status).toBe('resolved');
    expect(errorOf(updateRaidItem(resolved.item, { version: 2, resolution: '' }, MILO, T2)).code).toBe('resolution_required');
    expect(update(resolved.item, { status: 'open' }, T2).item.status).toBe('open');
  });

  it('a decision: proposed -> decided -> superseded, never back', () => {
    const proposed = create({ kind: 'decision', title: 'Use Postgres' });
    expect(errorOf(updateRaidItem(proposed, { version: 1, status: 'decided' }, MILO, T1))).toMatchObject({
      code: 'decision_incomplete',
      message: 'A decided decision needs who decided and when; D-1 lacks decidedBy and decidedAt.',
    });
    const decided = update(proposed, { status: 'decided', decidedBy: PAULA, decidedAt: '2026-11-03' }).item;
    expect(errorOf(updateRaidItem(decided, { version: 2, status: 'proposed' }, MILO, T2))).toMatchObject({
      code: 'invalid_transition',
      message: 'D-1 is decided and cannot go back to proposed; supersede it with a new decision instead.',
    });
    const superseded = update(decided, { status: 'superseded' }, T2).item;
    expect(errorOf(updateRaidItem(superseded, { version: 3, status: 'decided' }, MILO, T2))).toMatchObject({
      code: 'invalid_transition',
      message: 'D-1 is superseded and stays so; record a new decision instead.',
    });
    // Its text can still be corrected.
    expect(update(superseded, { rationale: 'Team knows it' }, T2).item.version).toBe(4);
  });

  it('an assumption may move between any of its statuses', () => {
    const assumption = create({ kind: 'assumption', title: 'Client provides data' });
    const validated = update(assumption, { status: 'validated' }).item;
    expect(update(validated, { status: 'invalid' }, T2).item.status).toBe('invalid');
  });
});

describe('history law', () => {
  const patch = fc.record(
    {
      title: fc.constantFrom('Payment provider API may change', 'Vendor may change API', 'Other'),
      status: fc.constantFrom('open', 'mitigating', 'occurred', 'closed'),
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      owner: fc.constantFrom(null, 'acc-a', 'acc-b'),
      description: fc.constantFrom('', 'Some context', '  Some context  '),
      linkedIssues: fc.subarray(['ACC-1', 'ACC-2', 'ACC-3']),
      dueDate: fc.constantFrom(null, '2026-12-01', '2027-01-15'),
      response: fc.constantFrom(null, 'avoid', 'accept'),
    },
    { requiredKeys: [] },
  );

  it('an entry lists exactly the fields whose value differs, with the old and new value', () => {
    fc.assert(
      fc.property(fc.array(patch, { minLength: 1, maxLength: 6 }), (patches) => {
        let item: RaidItem = risk();
        for (const p of patches) {
          const { item: next, entry } = value(updateRaidItem(item, { version: item.version, ...p }, MILO, T1));
          const before = item as unknown as Record<string, unknown>;
          const after = next as unknown as Record<string, unknown>;
          const differs = HISTORY_FIELDS.risk.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
          expect(entry?.changes.map((c) => c.field) ?? []).toEqual(differs);
          for (const c of entry?.changes ?? []) {
            expect(c.from).toEqual(before[c.field]);
            expect(c.to).toEqual(after[c.field]);
          }
          expect(next.version).toBe(entry === null ? item.version : item.version + 1);
          item = next;
        }
      }),
    );
  });
});
