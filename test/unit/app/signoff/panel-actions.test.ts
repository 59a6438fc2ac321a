import { describe, expect, it, vi } from 'vitest';
import type { PanelView } from '../../../../src/contract/issue-panel';
import type { Result } from '../../../../src/contract/result';
import { openPanel } from '../../../../src/app/signoff/open-panel';
import { approveWork, importCriteria, requestWorkChanges, saveCriteria, verify } from '../../../../src/app/signoff/panel-actions';
import { issueRecords } from '../../../../src/app/signoff/issue-record';
import { RateLimitedError } from '../../../../src/ports/jira';
import { UnreadableRecordError } from '../../../../src/ports/store';
import { DEV, OUTSIDER, PO, VIEWER, panelWorld } from './panel-world';

function data(result: Result<PanelView>): PanelView {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

function refused(result: Result<PanelView>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('the issue panel on fakes of Jira and the store', () => {
  it('imports criteria from the description, writes the record and its mirrors, and shows them', async () => {
    const w = panelWorld();
    const first = await openPanel(w.deps(PO), w.target(PO));
    expect(first.version).toBeNull();
    expect(first.importable).toEqual(['The export has a cover page with the rulebase name', 'Every rule appears once, in the order of the rulebase']);
    // Nothing stored yet: opening the panel writes nothing to Jira.
    expect(w.jira.count('setIssueProperty')).toBe(0);

    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    expect(imported.criteria.map((c) => c.text)).toEqual(first.importable);
    expect(imported.version).toBe(1);
    expect(imported.importable).toEqual([]);
    expect(w.issue.properties['accord-criteria']).toEqual({ count: 2, passed: 0, failed: 0 });
    expect(w.issue.properties['accord-signoff']).toMatchObject({ state: 'pending' });
  });

  it('approves, comments the decision mentioning the assignee, and refuses approving the same content twice', async () => {
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    const approved = data(await approveWork(w.deps(PO), w.target(PO), { version: imported.version, contentHash: imported.contentHash }));
    expect(approved.signoff).toMatchObject({ state: 'approved', decidedBy: { displayName: 'Paula Owner' } });
    expect(approved.history.map((h) => h.decision)).toEqual(['approved']);
    expect(w.issue.properties['accord-signoff']).toMatchObject({ state: 'approved', hash: approved.contentHash });
    expect(w.issue.comments).toHaveLength(1);
    expect(JSON.stringify(w.issue.comments[0]?.body)).toContain('"type":"mention"');

    const again = refused(await approveWork(w.deps(PO), w.target(PO), { version: approved.version, contentHash: approved.contentHash }));
    expect(again.code).toBe('invalid-state');
    expect(w.issue.comments).toHaveLength(1);
  });

  it('marks an approval stale when the description changes, stores the mark once and mirrors it', async () => {
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    const approved = data(await approveWork(w.deps(PO), w.target(PO), { version: imported.version, contentHash: imported.contentHash }));
    w.editDescription('As a rulebase editor, I want to export a rulebase as Word, so that I can edit it.\n\n## Acceptance criteria\n- The export has a cover page with the rulebase name');

    const seen = await openPanel(w.deps(DEV), w.target(DEV));
    expect(seen.signoff.state).toBe('stale');
    expect(seen.history.map((h) => h.decision)).toEqual(['approved', 'stale']);
    expect(seen.version).toBe((approved.version ?? 0) + 1);
    expect(w.issue.properties['accord-signoff']).toMatchObject({ state: 'stale' });
    // Seen again: nothing new to store.
    const again = await openPanel(w.deps(PO), w.target(PO));
    expect(again.version).toBe(seen.version);
    expect(again.history).toHaveLength(2);
  });

  it('an edit of the criteria after approval makes it stale in the same write', async () => {
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    const approved = data(await approveWork(w.deps(PO), w.target(PO), { version: imported.version, contentHash: imported.contentHash }));
    const edited = data(
      await saveCriteria(w.deps(DEV), w.target(DEV), { version: approved.version, criteria: [...approved.criteria.map((c) => ({ id: c.id, text: c.text })), { text: 'PDF/A is used' }] }),
    );
    expect(edited.signoff.state).toBe('stale');
    expect(edited.version).toBe((approved.version ?? 0) + 1);
    expect(edited.history.at(-1)).toMatchObject({ decision: 'stale', by: { displayName: 'Dana Developer' } });
  });

  it('refuses a save made on an older version and shows the newer one, overwriting nothing', async () => {
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    data(await saveCriteria(w.deps(DEV), w.target(DEV), { version: imported.version, criteria: [{ text: 'Only this one' }] }));
    const late = refused(await saveCriteria(w.deps(PO), w.target(PO), { version: imported.version, criteria: [{ text: 'Mine instead' }] }));
    expect(late.code).toBe('conflict');
    expect((late.details as PanelView).criteria.map((c) => c.text)).toEqual(['Only this one']);
    const stored = await w.store.load(issueRecords.key(w.issue.id, w.jira.projects[0]!.id));
    expect(stored?.value.criteria.criteria.map((c) => c.text)).toEqual(['Only this one']);
  });

  it('lets only people with the permissions edit or sign off, and says why', async () => {
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    const byDev = refused(await approveWork(w.deps(DEV), w.target(DEV), { version: imported.version, contentHash: imported.contentHash }));
    expect(byDev).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Sign off work results') });
    const byViewer = refused(await verify(w.deps(VIEWER), w.target(VIEWER), { version: imported.version, criterionId: imported.criteria[0]!.id, state: 'passed' }));
    expect(byViewer.code).toBe('forbidden');
    const view = await openPanel(w.deps(VIEWER), w.target(VIEWER));
    expect(view.permissions).toMatchObject({ canEdit: false, canSignOff: false, signOffHolders: ['Paula Owner'] });
    expect(view.permissions.readOnlyReason).toContain('Ask Paula Owner');
    await expect(openPanel(w.deps(OUTSIDER), w.target(OUTSIDER))).rejects.toMatchObject({ status: 404 });
    expect((await w.store.load(issueRecords.key(w.issue.id, w.jira.projects[0]!.id)))?.version).toBe(1);
  });

  it('refuses approving without criteria, and a decision on content that changed since the panel was opened', async () => {
    const w = panelWorld('As a rulebase editor, I want to export a rulebase as PDF, so that I can share it with auditors.');
    const empty = await openPanel(w.deps(PO), w.target(PO));
    expect(refused(await approveWork(w.deps(PO), w.target(PO), { version: null, contentHash: empty.contentHash })).code).toBe('invalid-state');
    const saved = data(await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: 'The PDF opens in any reader' }] }));
    w.editDescription('Changed meanwhile.');
    const decided = refused(await requestWorkChanges(w.deps(PO), w.target(PO), { version: saved.version, contentHash: saved.contentHash, feedback: 'Please add a cover.' }));
    expect(decided.code).toBe('conflict');
  });

  it('keeps the decision when Jira refuses the comment', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = panelWorld();
    const imported = data(await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'append' }));
    w.jira.failNext('addComment', () => new RateLimitedError('busy', { status: 429, retryAfterSeconds: 600 }));
    const decided = data(await requestWorkChanges(w.deps(PO), w.target(PO), { version: imported.version, contentHash: imported.contentHash, feedback: 'The cover page is missing.' }));
    expect(decided.signoff).toMatchObject({ state: 'changes_requested', feedback: 'The cover page is missing.' });
    expect(w.issue.comments).toHaveLength(0);
    warn.mockRestore();
  });

  it('names a stored record that does not parse instead of showing or overwriting it', async () => {
    const w = panelWorld();
    w.store.putRaw('issue', w.issue.id, w.jira.projects[0]!.id, { criteria: 'not a list' }, 7);
    const error = await openPanel(w.deps(PO), w.target(PO)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableRecordError);
    expect((error as Error).message).toMatch(/issue record .* \(version 7\) could not be read/);
    await expect(saveCriteria(w.deps(PO), w.target(PO), { version: 7, criteria: [{ text: 'x y z' }] })).rejects.toBeInstanceOf(UnreadableRecordError);
    expect(w.store.raw('issue', w.issue.id)).toEqual({ criteria: 'not a list' });
  });
});
