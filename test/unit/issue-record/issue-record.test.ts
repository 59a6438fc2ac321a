import { describe, expect, it } from 'vitest';
import { markdownToAdf } from '../../../src/domain/adf';
import { contentHash } from '../../../src/domain/criteria';
import { emptyIssueRecord, issueRecordSchema, withCurrentContent, type IssueRecord } from '../../../src/domain/issue-record';
import { approve, requestChanges } from '../../../src/domain/signoff';

const DESCRIPTION = markdownToAdf('Export a rulebase as PDF.');
const CHANGED = markdownToAdf('Export a rulebase as Word.');
const AT = '2026-11-02T09:00:00Z';

function recordWith(texts: string[]): IssueRecord {
  return { ...emptyIssueRecord(), criteria: { criteria: texts.map((text, i) => ({ id: `c${i}`, text, verification: { state: 'unverified' } })) } };
}

function decided(record: IssueRecord, decision: 'approved' | 'changes_requested'): IssueRecord {
  const hash = contentHash({ criteria: record.criteria.criteria, description: DESCRIPTION });
  const input = { by: 'po', at: AT, hash };
  const result = decision === 'approved' ? approve(record.signoff, input) : requestChanges(record.signoff, { ...input, feedback: 'Add a cover page.' });
  if (!result.ok) throw new Error(result.error.message);
  return { ...record, signoff: result.value };
}

describe('withCurrentContent', () => {
  it('keeps an approval of the same content, and hashes criteria with the description', () => {
    const record = decided(recordWith(['The PDF has a cover page']), 'approved');
    const current = withCurrentContent(record, DESCRIPTION, { at: AT });
    expect(current).toEqual({ record, hash: record.signoff.hash, becameStale: false });
  });

  it('marks an approval stale when the description changed, naming who changed it', () => {
    const record = decided(recordWith(['The PDF has a cover page']), 'approved');
    const current = withCurrentContent(record, CHANGED, { at: '2026-11-03T09:00:00Z', by: 'dev' });
    expect(current.becameStale).toBe(true);
    expect(current.record.signoff.state).toBe('stale');
    expect(current.record.signoff.hash).toBe(record.signoff.hash);
    expect(current.record.signoff.history.at(-1)).toEqual({ decision: 'stale', by: 'dev', at: '2026-11-03T09:00:00Z', hash: current.hash });
    // Already stale: nothing more to mark.
    expect(withCurrentContent(current.record, CHANGED, { at: AT }).becameStale).toBe(false);
  });

  it('marks an approval stale when the criteria changed', () => {
    const record = decided(recordWith(['The PDF has a cover page']), 'approved');
    const edited = { ...record, criteria: recordWith(['The PDF has a cover page', 'It lists every rule']).criteria };
    expect(withCurrentContent(edited, DESCRIPTION, { at: AT }).record.signoff.state).toBe('stale');
  });

  it('leaves every other state as it is when the content changes', () => {
    const pending = recordWith(['A']);
    expect(withCurrentContent(pending, CHANGED, { at: AT }).record).toBe(pending);
    const changes = decided(recordWith(['A']), 'changes_requested');
    expect(withCurrentContent(changes, CHANGED, { at: AT }).record.signoff.state).toBe('changes_requested');
  });
});

describe('issueRecordSchema', () => {
  it('reads back what it stores', () => {
    const record = decided(recordWith(['The PDF has a cover page']), 'approved');
    expect(issueRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it.each([
    ['criteria that are not a list', { criteria: { criteria: 'x' }, signoff: emptyIssueRecord().signoff }],
    ['an unknown sign-off state', { criteria: { criteria: [] }, signoff: { ...emptyIssueRecord().signoff, state: 'maybe' } }],
    ['a history entry without a time', { criteria: { criteria: [] }, signoff: { ...emptyIssueRecord().signoff, history: [{ decision: 'approved', by: 'po', hash: 'a' }] } }],
  ])('refuses %s', (_name, value) => {
    expect(issueRecordSchema.safeParse(value).success).toBe(false);
  });
});
