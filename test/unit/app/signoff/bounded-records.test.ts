import { describe, expect, it } from 'vitest';
import type { PanelView } from '../../../../src/contract/issue-panel';
import type { Result } from '../../../../src/contract/result';
import { signoffHistoryPage } from '../../../../src/app/signoff/history-page';
import { forgetIssue } from '../../../../src/app/signoff/mark-stale';
import { openPanel } from '../../../../src/app/signoff/open-panel';
import { approveWork, requestWorkChanges, saveCriteria } from '../../../../src/app/signoff/panel-actions';
import { MAX_RECORD_BYTES } from '../../../../src/ports/store';
import { PO, panelWorld } from './panel-world';

function data(result: Result<PanelView>): PanelView {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** 5,000 characters of three-byte text: the longest feedback a Product Owner may write, at its largest in bytes. */
const LONG_FEEDBACK = 'Bitte überarbeiten — 日本語のフィードバック。'.repeat(200).slice(0, 4990);

describe('records stay within Forge storage however much is decided', () => {
  it('an issue decided on 1,000 times with long feedback can still be approved, and its history is all there', async () => {
    const w = panelWorld();
    let view = data(await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: 'The export has a cover page' }] }));
    for (let i = 0; i < 1000; i += 1) {
      w.clock.advance(60_000);
      view =
        i % 2 === 0
          ? data(await requestWorkChanges(w.deps(PO), w.target(PO), { version: view.version, contentHash: view.contentHash, feedback: `${i}: ${LONG_FEEDBACK}` }))
          : data(await approveWork(w.deps(PO), w.target(PO), { version: view.version, contentHash: view.contentHash }));
    }
    expect(view.signoff.state).toBe('approved');
    expect(view.historyTotal).toBe(1000);
    expect(view.history.length).toBeGreaterThanOrEqual(20);
    expect(view.history.length).toBeLessThan(60);
    expect(view.history.at(-1)?.decision).toBe('approved');

    const record = w.store.raw('issue', w.issue.id) as { archived: { entries: number; pages: number } };
    expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThan(MAX_RECORD_BYTES / 4);
    expect(record.archived.entries).toBe(998);
    for (let n = 0; n < record.archived.pages; n += 1) expect(Buffer.byteLength(JSON.stringify(w.store.raw('issue-history', `${w.issue.id}:${n}`)))).toBeLessThan(MAX_RECORD_BYTES);

    // Every entry can be read back, newest page first, in order.
    const seen = [...view.history];
    for (let page = view.historyNextPage; page !== null && page < record.archived.pages; page += 1) seen.push(...(await signoffHistoryPage(w.deps(PO), w.target(PO), page)).entries);
    const all = [...seen].map((e) => e.at).sort();
    const dupes = all.filter((at, i) => all[i - 1] === at);
    expect(dupes).toEqual([]);
    expect(new Set(seen.map((e) => e.at)).size).toBe(1000);

    const reopened = await openPanel(w.deps(PO), w.target(PO));
    expect(reopened.signoff.state).toBe('approved');

    await forgetIssue({ store: w.store }, w.issue.id);
    expect(w.store.raw('issue', w.issue.id)).toBeUndefined();
    expect(w.store.raw('issue-history', `${w.issue.id}:0`)).toBeUndefined();
  });

  it('refuses criteria too large for the record with a message that says what to shorten, and keeps the issue approvable', async () => {
    const w = panelWorld();
    const long = 'Ⅷ'.repeat(1900);
    const criteria = Array.from({ length: 100 }, (_, i) => ({ text: `${i} ${long}` }));
    const refused = await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.code).toBe('limit-exceeded');
    expect(refused.error.message).toMatch(/^These acceptance criteria take \d+ KB; one issue can keep 150 KB of them\. Shorten or remove some \(the longest is criterion \d+, \d+ KB\)\.$/);
    const fine = data(await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: criteria.slice(0, 20) }));
    expect(data(await approveWork(w.deps(PO), w.target(PO), { version: fine.version, contentHash: fine.contentHash })).signoff.state).toBe('approved');
  });

  it('does not accept a criterion or feedback made of invisible characters only', async () => {
    const w = panelWorld();
    const blank = await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: '\u200b\u200d\u2060\ufeff' }] });
    expect(blank.ok ? null : blank.error.code).toBe('invalid-payload');
    const view = data(await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: 'Visible criterion' }] }));
    const silent = await requestWorkChanges(w.deps(PO), w.target(PO), { version: view.version, contentHash: view.contentHash, feedback: '\u200b \u200b' });
    expect(silent.ok ? null : silent.error.code).toBe('invalid-state');
  });
});
