import { describe, expect, it } from 'vitest';
import { checkItemCapacity, createRaidItem, itemLabel, MAX_ITEMS_PER_PROJECT, raidItemSchema } from '../../../src/domain/raid';
import { create, errorOf, MILO, risk, T0, value } from './raid-fixtures';

describe('creating items', () => {
  it('a risk with its defaults, score and the label as id', () => {
    const { item, entry } = value(createRaidItem({ kind: 'risk', title: '  Payment provider API may change ', likelihood: 3, impact: 4 }, MILO, T0, 12));
    expect(item).toEqual({
      id: 'R-12',
      number: 12,
      kind: 'risk',
      title: 'Payment provider API may change',
      description: '',
      owner: null,
      linkedIssues: [],
      status: 'open',
      cause: '',
      category: '',
      likelihood: 3,
      impact: 4,
      score: 12,
      response: null,
      actions: '',
      trigger: '',
      dueDate: null,
      nextReviewDate: null,
      residualLikelihood: null,
      residualImpact: null,
      residualScore: null,
      createdAt: T0,
      createdBy: MILO,
      updatedAt: T0,
      updatedBy: MILO,
      version: 1,
    });
    expect(entry).toEqual({
      itemId: 'R-12',
      version: 1,
      action: 'created',
      at: T0,
      by: MILO,
      changes: [
        { field: 'title', from: null, to: 'Payment provider API may change' },
        { field: 'status', from: null, to: 'open' },
        { field: 'likelihood', from: null, to: 3 },
        { field: 'impact', from: null, to: 4 },
        { field: 'score', from: null, to: 12 },
      ],
    });
    expect(raidItemSchema.safeParse(item).success).toBe(true);
  });

  it('every field of a risk, residual score included', () => {
    const item = risk({
      description: 'The provider announced v3.',
      owner: 'acc-dana',
      linkedIssues: ['acc-12', 'ACC-7', 'ACC-12'],
      status: 'mitigating',
      cause: 'Vendor roadmap',
      category: 'external',
      response: 'mitigate',
      actions: 'Wrap the API behind an adapter',
      trigger: 'Deprecation notice',
      dueDate: '2026-12-01',
      nextReviewDate: '2026-11-16',
      residualLikelihood: 2,
      residualImpact: 2,
    });
    expect(item).toMatchObject({ linkedIssues: ['ACC-12', 'ACC-7'], residualScore: 4, score: 12, category: 'external', status: 'mitigating' });
  });

  it('an assumption, an issue and a decision, with their starting statuses', () => {
    expect(create({ kind: 'assumption', title: 'The client provides test data', validateBy: '2026-11-20' }, 3)).toMatchObject({
      id: 'A-3',
      status: 'unvalidated',
      validateBy: '2026-11-20',
    });
    expect(create({ kind: 'issue', title: 'Staging is down' }, 7)).toMatchObject({ id: 'I-7', status: 'open', severity: 'medium', resolution: '' });
    expect(create({ kind: 'decision', title: 'Use Postgres', rationale: 'Team knows it' }, 2)).toMatchObject({
      id: 'D-2',
      status: 'proposed',
      decidedBy: null,
      decidedAt: null,
    });
  });

  it('a risk promoted from a detected risk keeps the link to its signal, and the history says so', () => {
    const { item, entry } = value(
      createRaidItem({ kind: 'risk', title: 'Blocked tickets', likelihood: 3, impact: 3, detector: { id: 'blocked', signalKey: 'blocked:sprint-10' } }, MILO, T0, 4),
    );
    expect(item.detector).toEqual({ id: 'blocked', signalKey: 'blocked:sprint-10' });
    expect(entry.changes.at(-1)).toEqual({ field: 'detector', from: null, to: 'blocked (blocked:sprint-10)' });
  });

  it('a decision created as decided needs who and when', () => {
    const result = createRaidItem({ kind: 'decision', title: 'Use Postgres', status: 'decided' }, MILO, T0, 1);
    expect(errorOf(result)).toMatchObject({ code: 'decision_incomplete', fields: [{ field: 'decidedBy' }, { field: 'decidedAt' }] });
    expect(create({ kind: 'decision', title: 'Use Postgres', status: 'decided', decidedBy: 'acc-paula', decidedAt: '2026-11-02' })).toMatchObject({
      status: 'decided',
    });
  });

  it('labels', () => {
    expect(itemLabel({ kind: 'assumption', number: 3 })).toBe('A-3');
    expect(itemLabel({ kind: 'decision', number: 2 })).toBe('D-2');
  });
});

describe('limits and clear messages', () => {
  const make = (input: Record<string, unknown>) => createRaidItem({ kind: 'risk', title: 'T', likelihood: 1, impact: 1, ...input }, MILO, T0, 1);

  it('a title of 200 characters is fine, 201 says by how much to shorten it', () => {
    expect(make({ title: 'a'.repeat(200) }).ok).toBe(true);
    expect(errorOf(make({ title: 'a'.repeat(201) }))).toMatchObject({
      code: 'invalid_input',
      message: 'The title has 201 characters; the limit is 200. Shorten it by 1.',
      fields: [{ field: 'title' }],
    });
  });

  it('a title within 200 characters but over 800 bytes is refused in bytes', () => {
    const family = '👨‍👩‍👧‍👦'; // one character on screen, 7 code points, 25 bytes
    expect(make({ title: family.repeat(32) }).ok).toBe(true);
    expect(errorOf(make({ title: family.repeat(33) })).message).toBe(
      'The title takes 825 bytes (accented letters, symbols and emoji take 2 to 4 bytes each); the limit is 800. Shorten it by about 25 bytes.',
    );
  });

  it('long texts: 5,000 characters and 20,000 bytes, each text named', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(make({ description: 'a'.repeat(5_000) }).ok).toBe(true);
    expect(errorOf(make({ description: 'a'.repeat(5_001) })).message).toBe('The description has 5,001 characters; the limit is 5,000. Shorten it by 1.');
    expect(make({ cause: family.repeat(800) }).ok).toBe(true);
    expect(errorOf(make({ cause: family.repeat(801) })).message).toMatch(/^The cause takes 20,025 bytes .* Shorten it by about 25 bytes\.$/u);
    expect(errorOf(make({ actions: 'a'.repeat(5_001) })).fields).toEqual([{ field: 'actions', message: expect.stringContaining('The actions') }]);
    expect(errorOf(make({ trigger: 'a'.repeat(5_001) })).message).toMatch(/^The warning signs \(trigger\)/u);
  });

  it('a category is a short line', () => {
    expect(make({ category: 'vendor lock-in' }).ok).toBe(true);
    expect(errorOf(make({ category: 'x'.repeat(101) })).message).toBe('The category has 101 characters; the limit is 100. Shorten it by 1.');
  });

  it('invisible-only text counts as empty: a title of zero-width spaces is missing, a description becomes ""', () => {
    expect(errorOf(make({ title: ' \u200B\u200D\uFEFF\u00A0 ' }))).toMatchObject({
      code: 'invalid_input',
      message: 'The title is empty (only spaces or invisible characters); write something.',
      fields: [{ field: 'title' }],
    });
    expect(value(make({ description: '\u200B\n\t ' })).item.description).toBe('');
    expect(errorOf(make({ title: '' })).message).toBe('The title is empty; write something.');
  });

  it('a title is one line; long texts keep their line breaks', () => {
    const { item } = value(make({ title: 'Two\nlines', description: 'Line 1\r\nLine 2\n' }));
    expect(item.title).toBe('Two lines');
    expect(item.description).toBe('Line 1\nLine 2');
  });

  it('linked issues: keys only, at most 50 after removing repeats', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `ACC-${i + 1}`);
    expect(make({ linkedIssues: [...keys, 'ACC-1'] }).ok).toBe(true);
    expect(errorOf(make({ linkedIssues: [...keys, 'ACC-51', 'ACC-52'] })).message).toBe('An item can link at most 50 issues; this lists 52. Remove 2.');
    expect(errorOf(make({ linkedIssues: ['ACC 12'] })).message).toBe('"ACC 12" is not a Jira issue key such as ACC-12.');
    expect(errorOf(make({ linkedIssues: 'ACC-1' })).message).toMatch(/list of issue keys/u);
  });

  it('dates are real days written YYYY-MM-DD; "" clears', () => {
    expect(errorOf(make({ dueDate: '2026-02-30' })).message).toBe('The due date 2026-02-30 is not a day of the calendar.');
    expect(errorOf(make({ nextReviewDate: '30.11.2026' })).message).toMatch(/^The next review date must be a date written YYYY-MM-DD/u);
    expect(value(make({ dueDate: '' })).item).toMatchObject({ dueDate: null });
  });

  it('likelihood and impact are whole numbers 1 to 5, and required for a risk', () => {
    expect(errorOf(make({ likelihood: 6 })).message).toBe('Likelihood is a whole number from 1 (rare) to 5 (almost certain); got 6.');
    expect(errorOf(make({ impact: 2.5 })).message).toBe('Impact is a whole number from 1 (minimal) to 5 (severe); got 2.5.');
    const missing = errorOf(createRaidItem({ kind: 'risk', title: 'T' }, MILO, T0, 1));
    expect(missing.fields?.map((f) => f.field)).toEqual(['likelihood', 'impact']);
    expect(missing.message).toMatch(/Likelihood is a whole number from 1 \(rare\) to 5 \(almost certain\) and is required\./u);
  });

  it('every problem is reported at once, each for its field', () => {
    const result = errorOf(make({ title: '', likelihood: 0, response: 'hope' }));
    expect(result.fields?.map((f) => f.field)).toEqual(['title', 'likelihood', 'response']);
  });

  it('refuses an unknown kind, fields of another kind, and unknown fields', () => {
    expect(errorOf(createRaidItem({ kind: 'rumour', title: 'T' }, MILO, T0, 1)).message).toBe('The kind is one of risk, assumption, issue, decision.');
    expect(createRaidItem({ kind: 'assumption', title: 'T', severity: 'high' }, MILO, T0, 1).ok).toBe(false);
    expect(createRaidItem({ kind: 'issue', title: 'T', id: 'X-1' }, MILO, T0, 1).ok).toBe(false);
  });

  it('refuses a missing actor, a bad time and a bad number', () => {
    const input = { kind: 'issue', title: 'T' };
    expect(errorOf(createRaidItem(input, '', T0, 1)).code).toBe('invalid_actor');
    expect(errorOf(createRaidItem(input, MILO, 'yesterday', 1)).code).toBe('invalid_time');
    expect(errorOf(createRaidItem(input, MILO, T0, 0)).code).toBe('invalid_number');
    expect(errorOf(createRaidItem(input, MILO, T0, 1.5)).code).toBe('invalid_number');
  });
});

describe('items per project', () => {
  it('allows up to 1,000 and says what to do beyond', () => {
    expect(checkItemCapacity(MAX_ITEMS_PER_PROJECT - 1).ok).toBe(true);
    expect(checkItemCapacity(MAX_ITEMS_PER_PROJECT)).toEqual({
      ok: false,
      error: {
        code: 'too_many_items',
        message: 'A project can keep at most 1,000 RAID items and this one has 1,000; remove items that are no longer needed before adding more.',
      },
    });
  });
});
