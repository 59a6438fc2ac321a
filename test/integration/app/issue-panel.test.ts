import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelView } from '../../../src/contract/issue-panel';
import type { Result } from '../../../src/contract/result';
import type { ExtensionContext } from '../../../sandbox/runtime/types';
import { keyOf, seedTicket } from '../../support/seed-tickets';
import { DEV, OUTSIDER, PM, PO, openHarness, type Harness } from './sandbox-harness';

const PANEL = 'accord-issue-panel';
let h: Harness;

beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

async function panel(user: string, key: string, fn = 'getPanel', payload: unknown = {}): Promise<Result<PanelView>> {
  return h.invoke<Result<PanelView>>(user, PANEL, fn, payload, await h.issueExtension(key));
}

function data(result: Result<PanelView>): PanelView {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** Moves an issue along the workflow (To Do -> In Progress -> In Review) up to just before `last`, then returns the answer of the transition into `last`. */
async function walkTo(key: string, path: string[], as: string) {
  let answer = { status: 0, body: null as unknown };
  for (const name of path) {
    const list = await h.rest('GET', `/rest/api/3/issue/${key}/transitions`, undefined, as);
    const t = (list.body as { transitions: Array<{ id: string; to: { name: string } }> }).transitions.find((x) => x.to.name === name);
    expect(t, `transition to ${name}`).toBeDefined();
    answer = await h.rest('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: t?.id } }, as);
  }
  return answer;
}

async function settle() {
  await h.sandbox.runtime.drainQueues();
}

describe('issue panel through the sandbox', () => {
  it('the PO imports criteria from the description and approves; JQL finds the approval', async () => {
    const key = await keyOf(h, 'notification-settings');
    const first = data(await panel(PO, key));
    expect(first.criteria).toEqual([]);
    expect(first.importable.length).toBeGreaterThan(0);
    expect(first.permissions).toMatchObject({ canEdit: true, canSignOff: true, readOnlyReason: null });

    const imported = data(await panel(PO, key, 'importCriteria', { version: first.version, mode: 'append' }));
    expect(imported.criteria.map((c) => c.text)).toEqual(first.importable);
    expect(imported.importable).toEqual([]);

    const approved = data(await panel(PO, key, 'approve', { version: imported.version, contentHash: imported.contentHash }));
    expect(approved.signoff.state).toBe('approved');
    expect(approved.signoff.decidedBy?.displayName).toBe('Paula Owner');
    expect(approved.history.map((e) => e.decision)).toEqual(['approved']);

    const search = await h.rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC AND accordSignoff = approved', fields: ['summary'] }, PO);
    expect((search.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key)).toEqual([key]);
    const counted = await h.rest('POST', '/rest/api/3/search/jql', { jql: 'accordCriteria > 0 AND project = ACC', fields: ['summary'] }, PO);
    expect((counted.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key)).toContain(key);
  });

  it('records the decision as a comment mentioning the assignee', async () => {
    const key = await keyOf(h, 'invoice-search');
    const comments = await h.rest('GET', `/rest/api/3/issue/${key}/comment`, undefined, PO);
    const before = (comments.body as { total: number }).total;
    const view = data(await panel(PO, key));
    const withCriteria = data(await panel(PO, key, 'saveCriteria', { version: view.version, criteria: [{ text: 'Searching by invoice number shows that invoice first' }] }));
    data(await panel(PO, key, 'requestChanges', { version: withCriteria.version, contentHash: withCriteria.contentHash, feedback: 'Amounts with decimals are not found' }));
    const after = await h.rest('GET', `/rest/api/3/issue/${key}/comment`, undefined, PO);
    const list = after.body as { total: number; comments: Array<{ body: unknown }> };
    expect(list.total).toBe(before + 1);
    const last = JSON.stringify(list.comments.at(-1)?.body);
    expect(last).toContain('"type":"mention"');
    expect(last).toContain('demo-dev');
    expect(last).toContain('Amounts with decimals are not found');
  });

  it('a developer cannot approve, and is told why and who can', async () => {
    const key = await keyOf(h, 'notification-settings');
    const view = data(await panel(DEV, key));
    expect(view.permissions.canSignOff).toBe(false);
    expect(view.permissions.readOnlyReason).toContain('Sign off work results');
    expect(view.permissions.signOffHolders).toEqual(['Paula Owner']);
    const denied = await panel(DEV, key, 'approve', { version: view.version, contentHash: view.contentHash });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('someone who cannot browse the project gets nothing', async () => {
    const key = await keyOf(h, 'notification-settings');
    const result = await panel(OUTSIDER, key);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(JSON.stringify(result)).not.toContain(seedTicket('notification-settings').summary);
  });

  it('the issue comes from the context: a payload naming another issue is refused and changes nothing', async () => {
    const named = await keyOf(h, 'ticket-attachments');
    const opened = await keyOf(h, 'team-members');
    const before = data(await panel(PO, named));
    const other = await h.issueExtension(named);
    const refused = await h.invoke<Result<PanelView>>(PO, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'x' }], issueKey: named, issue: other.issue }, await h.issueExtension(opened));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const after = data(await panel(PO, named));
    expect(after.criteria).toEqual(before.criteria);
    expect(after.version).toBe(before.version);
  });

  it('editing the approved description makes the approval stale (trigger), and the validator then blocks Done', async () => {
    const key = await keyOf(h, 'invoice-dispute');
    const view = data(await panel(PO, key));
    const imported = data(await panel(PO, key, 'importCriteria', { version: view.version, mode: 'replace' }));
    data(await panel(PO, key, 'approve', { version: imported.version, contentHash: imported.contentHash }));

    expect((await walkTo(key, ['In Progress', 'In Review'], DEV)).status).toBe(204);

    const edit = await h.rest('PUT', `/rest/api/3/issue/${key}`, { fields: { description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scope changed: disputes need a reason code.' }] }] } } }, PO);
    expect(edit.status).toBe(204);
    await settle();
    const stale = data(await panel(DEV, key));
    expect(stale.signoff.state).toBe('stale');
    expect(stale.history.map((e) => e.decision)).toEqual(['approved', 'stale']);
    const mirror = await h.rest('GET', `/rest/api/3/issue/${key}/properties/accord-signoff`, undefined, PO);
    expect((mirror.body as { value: { state: string } }).value.state).toBe('stale');

    const blocked = await walkTo(key, ['Done'], DEV);
    expect(blocked.status).toBe(400);
    expect(JSON.stringify(blocked.body)).toContain('Paula Owner can sign off');
  });

  it('the validator lets an approved issue through to Done', async () => {
    const key = await keyOf(h, 'ticket-satisfaction');
    const view = data(await panel(PO, key));
    const imported = data(await panel(PO, key, 'importCriteria', { version: view.version, mode: 'append' }));
    data(await panel(PO, key, 'approve', { version: imported.version, contentHash: imported.contentHash }));
    const moved = await walkTo(key, ['In Progress', 'In Review', 'Done'], DEV);
    expect(moved.status).toBe(204);
  });

  it('repairs a mirror edited by hand and never trusts it', async () => {
    const key = await keyOf(h, 'autopay');
    const put = await h.rest('PUT', `/rest/api/3/issue/${key}/properties/accord-signoff`, { state: 'approved', hash: null, updatedAt: null }, DEV);
    expect([200, 201]).toContain(put.status);
    const view = data(await panel(DEV, key));
    expect(view.signoff.state).toBe('pending');
    const mirror = await h.rest('GET', `/rest/api/3/issue/${key}/properties/accord-signoff`, undefined, PO);
    expect((mirror.body as { value: { state: string } }).value.state).toBe('pending');
  });

  it('forgets an issue when it is deleted (trigger)', async () => {
    const key = await keyOf(h, 'mobile-nav');
    const view = data(await panel(PO, key));
    data(await panel(PO, key, 'saveCriteria', { version: view.version, criteria: [{ text: 'The menu opens with one tap on phones' }] }));
    const stored = () => h.sandbox.runtime.kvs.list('issue:', 'entity:accord-record').length;
    const before = stored();
    expect(before).toBeGreaterThan(0);
    expect((await h.rest('DELETE', `/rest/api/3/issue/${key}`, undefined, PM)).status).toBe(204);
    await settle();
    expect(stored()).toBe(before - 1);
  });

  it('does not comment decisions when the project turned it off', async () => {
    const key = await keyOf(h, 'chat-widget');
    const p = (await h.issueExtension(key)).project as { id: string };
    const settings = await h.invoke<Result<{ version: number | null }>>(PM, 'accord-project-settings', 'getSettings', {}, { type: 'jira:projectSettingsPage', project: { ...p, key: 'ACC', type: 'software' } });
    if (!settings.ok) throw new Error(settings.error.message);
    const saved = await h.invoke<Result<unknown>>(PM, 'accord-project-settings', 'saveSettings', { version: settings.data.version, settings: { commentOnDecision: false } }, { type: 'jira:projectSettingsPage', project: { ...p, key: 'ACC', type: 'software' } });
    expect(saved.ok).toBe(true);
    const count = async () => ((await h.rest('GET', `/rest/api/3/issue/${key}/comment`, undefined, PO)).body as { total: number }).total;
    const before = await count();
    const view = data(await panel(PO, key));
    const withCriteria = data(await panel(PO, key, 'saveCriteria', { version: view.version, criteria: [{ text: 'Messages appear within 2 seconds' }] }));
    expect(data(await panel(PO, key, 'approve', { version: withCriteria.version, contentHash: withCriteria.contentHash })).signoff.state).toBe('approved');
    expect(await count()).toBe(before);
  });

  it('enforces limits with clear errors', async () => {
    const key = await keyOf(h, 'dark-mode');
    const view = data(await panel(PO, key));
    const tooMany = await panel(PO, key, 'saveCriteria', { version: view.version, criteria: Array.from({ length: 101 }, (_, i) => ({ text: `Criterion ${i}` })) });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!tooMany.ok && tooMany.error.message).toContain('at most 100');
    const tooLong = await panel(PO, key, 'saveCriteria', { version: view.version, criteria: [{ text: 'x'.repeat(2001) }] });
    expect(!tooLong.ok && tooLong.error.message).toContain('2000 characters');
    const noFeedback = await panel(PO, key, 'requestChanges', { version: view.version, contentHash: view.contentHash, feedback: '   ' });
    expect(!noFeedback.ok && noFeedback.error.message).toContain('Feedback is required');
  });

  it('many parallel edits: one wins per version, the others are told, and reapplying loses nothing', async () => {
    const key = await keyOf(h, 'usage-dashboard');
    const extension: ExtensionContext = await h.issueExtension(key);
    const start = data(await h.invoke<Result<PanelView>>(PO, PANEL, 'getPanel', {}, extension));
    const editors = Array.from({ length: 12 }, (_, i) => `Edit ${i + 1} keeps its text`);
    const first = await Promise.all(
      editors.map((text) => h.invoke<Result<PanelView>>(PO, PANEL, 'saveCriteria', { version: start.version, criteria: [...start.criteria.map(({ id, text: t }) => ({ id, text: t })), { text }] }, extension)),
    );
    expect(first.filter((r) => r.ok)).toHaveLength(1);
    for (const r of first.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Each editor that was told reloads (the conflict carries the fresh view) and reapplies its change.
    await Promise.all(
      editors.map(async (text, i) => {
        let result = first[i] as Result<PanelView>;
        for (let attempt = 0; attempt < 50 && !result.ok; attempt += 1) {
          const details = (result as { error: { details?: PanelView } }).error.details;
          const fresh: PanelView = details ?? data(await h.invoke<Result<PanelView>>(PO, PANEL, 'getPanel', {}, extension));
          result = await h.invoke<Result<PanelView>>(PO, PANEL, 'saveCriteria', { version: fresh.version, criteria: [...fresh.criteria.map(({ id, text: t }) => ({ id, text: t })), { text }] }, extension);
        }
        expect(result.ok).toBe(true);
      }),
    );
    const final = data(await h.invoke<Result<PanelView>>(PO, PANEL, 'getPanel', {}, extension));
    expect(final.criteria.map((c) => c.text).sort()).toEqual([...editors].sort());
  });
});
