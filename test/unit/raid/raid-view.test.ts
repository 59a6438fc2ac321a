import { describe, expect, it } from 'vitest';
import { assumptionOverdue, filterRaidItems, RAID_CSV_HEADER, raidCsv, reviewOverdue, sortRaidItems, type RaidItem } from '../../../src/domain/raid';
import { create, risk, T0, T1, T2, update } from './raid-fixtures';

const r1 = risk({ title: 'Vendor API may change', likelihood: 2, impact: 2, owner: 'acc-ann', dueDate: '2026-12-10', nextReviewDate: '2026-11-01' }, 1);
const r2 = risk({ title: 'Key developer leaves', cause: 'Résumé spotted online', likelihood: 4, impact: 5, dueDate: '2026-11-20' }, 2);
const r3 = risk({ title: 'Closed one', likelihood: 5, impact: 5, status: 'closed', nextReviewDate: '2026-10-01' }, 3);
const a1 = create({ kind: 'assumption', title: 'Client provides data', validateBy: '2026-11-10', owner: 'acc-ann' }, 1, T1);
const i1 = create({ kind: 'issue', title: 'Staging is down', description: 'The vendor API returns 500' }, 1, T2);
const d1 = create({ kind: 'decision', title: 'Use Postgres' }, 1, T0);
const all: RaidItem[] = [d1, i1, a1, r3, r2, r1];
const ids = (items: RaidItem[]) => items.map((i) => i.id);

describe('filterRaidItems', () => {
  it('by kind, status and owner (null: nobody)', () => {
    expect(ids(filterRaidItems(all, { kinds: ['risk'], statuses: ['open'] }))).toEqual(['R-2', 'R-1']);
    expect(ids(filterRaidItems(all, { owner: 'acc-ann' }))).toEqual(['A-1', 'R-1']);
    expect(ids(filterRaidItems(all, { owner: null, kinds: ['risk', 'issue'] }))).toEqual(['I-1', 'R-3', 'R-2']);
  });

  it('text search: every word, any case, any accents, over label, title, description, cause and actions', () => {
    expect(ids(filterRaidItems(all, { text: 'vendor api' }))).toEqual(['I-1', 'R-1']);
    expect(ids(filterRaidItems(all, { text: 'RESUME' }))).toEqual(['R-2']);
    expect(ids(filterRaidItems(all, { text: 'r-2' }))).toEqual(['R-2']);
    expect(ids(filterRaidItems(all, { text: 'vendor postgres' }))).toEqual([]);
    expect(filterRaidItems(all, { text: '   ' })).toHaveLength(all.length);
  });

  it('a heat-map cell lists the live risks shown there', () => {
    expect(ids(filterRaidItems(all, { cell: { likelihood: 4, impact: 5 } }))).toEqual(['R-2']);
    expect(ids(filterRaidItems(all, { cell: { likelihood: 5, impact: 5 } }))).toEqual([]);
  });

  it('overdue review: live risks whose review date has passed', () => {
    expect(ids(filterRaidItems(all, { reviewOverdueOn: '2026-11-02' }))).toEqual(['R-1']);
    expect(reviewOverdue(r1, '2026-11-01')).toBe(false);
    expect(reviewOverdue(r3, '2026-11-02')).toBe(false);
  });

  it('no filter keeps everything', () => {
    expect(filterRaidItems(all, {})).toEqual(all);
  });
});

describe('assumptionOverdue', () => {
  it('an unvalidated assumption past its validate-by date', () => {
    expect(assumptionOverdue(a1, '2026-11-10')).toBe(false);
    expect(assumptionOverdue(a1, '2026-11-11')).toBe(true);
    expect(assumptionOverdue(update(a1, { status: 'validated' }).item, '2026-11-11')).toBe(false);
    expect(assumptionOverdue(create({ kind: 'assumption', title: 'No date' }), '2030-01-01')).toBe(false);
    expect(assumptionOverdue(r1, '2030-01-01')).toBe(false);
  });
});

describe('sortRaidItems', () => {
  it('by score, highest first; items without a score last', () => {
    expect(ids(sortRaidItems(all, { by: 'score' }))).toEqual(['R-3', 'R-2', 'R-1', 'A-1', 'I-1', 'D-1']);
    expect(ids(sortRaidItems(all, { by: 'score', direction: 'asc' }))).toEqual(['R-1', 'R-2', 'R-3', 'A-1', 'I-1', 'D-1']);
  });

  it('by due date (an assumption is due by its validate-by date), earliest first', () => {
    expect(ids(sortRaidItems(all, { by: 'dueDate' }))).toEqual(['A-1', 'R-2', 'R-1', 'R-3', 'I-1', 'D-1']);
  });

  it('by next review, number and last update', () => {
    expect(ids(sortRaidItems(all, { by: 'nextReview' })).slice(0, 2)).toEqual(['R-3', 'R-1']);
    expect(ids(sortRaidItems(all, { by: 'number' }))).toEqual(['R-1', 'A-1', 'I-1', 'D-1', 'R-2', 'R-3']);
    expect(ids(sortRaidItems(all, { by: 'updated' })).slice(0, 2)).toEqual(['I-1', 'A-1']);
  });

  it('does not change the list it is given', () => {
    const copy = [...all];
    sortRaidItems(all, { by: 'score' });
    expect(all).toEqual(copy);
  });
});

describe('raidCsv', () => {
  it('a header in plain words, then one row per item with CRLF line ends', () => {
    const csv = raidCsv([r1]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(RAID_CSV_HEADER.join(','));
    expect(header?.startsWith('Number,Kind,Title,Status,Owner,Likelihood,Impact,Score')).toBe(true);
    expect(row?.startsWith('R-1,risk,Vendor API may change,open,acc-ann,2,2,4,,,,,,2026-12-10,2026-11-01,')).toBe(true);
    expect(end).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and defuses formulas', () => {
    const tricky = create({ kind: 'issue', title: '=HYPERLINK("http://x")', description: 'Line 1, "quoted"\nLine 2' }, 9);
    const row = raidCsv([tricky]).split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(raidCsv([tricky])).toContain('"Line 1, ""quoted""\nLine 2"');
    for (const start of ['+', '-', '@']) {
      const item = create({ kind: 'issue', title: `${start}cmd` }, 10);
      expect(raidCsv([item]).split('\r\n')[1]).toContain(`,'${start}cmd,`);
    }
  });

  it('shows display names where known', () => {
    const row = raidCsv([r1], new Map([['acc-ann', 'Ann Analyst']])).split('\r\n')[1] ?? '';
    expect(row).toContain(',Ann Analyst,');
    expect(row).toContain(',acc-milo,'); // the creator, not in the map
  });
});
