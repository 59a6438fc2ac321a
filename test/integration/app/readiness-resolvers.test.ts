import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../src/contract/project-settings';
import type { Result } from '../../../src/contract/result';
import type { SprintReadinessView } from '../../../src/contract/sprint-readiness';
import { READINESS_PROPERTY } from '../../../src/app/readiness/jira-fields';
import type { ExtensionContext } from '../../../sandbox/runtime/types';
import { keyOf } from '../../support/seed-tickets';
import { DEV, OUTSIDER, PM, PO, openHarness, type Harness } from './sandbox-harness';

let h: Harness;
let projectExt: ExtensionContext;
let futureSprint: number;

beforeAll(async () => {
  h = await openHarness();
  const p = (await h.rest('GET', '/rest/api/3/project/ACC')).body as { id: string; key: string };
  projectExt = { type: 'jira:projectPage', project: { id: String(p.id), key: p.key, type: 'software' } };
  const sprints = (await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=future')).body as { values: Array<{ id: number }> };
  futureSprint = sprints.values[0]?.id ?? 0;
});
afterAll(async () => {
  await h?.close();
});

function data<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe('sprint readiness and settings resolvers', () => {
  it('the sprint action checks its own sprint (from the context) and stores the results', async () => {
    const ext: ExtensionContext = { ...projectExt, type: 'jira:sprintAction', sprint: { id: futureSprint }, board: { id: 1 } };
    const view = data(await h.invoke<Result<SprintReadinessView>>(PM, 'accord-sprint-readiness', 'checkSprintReadiness', { sprintId: 1 }, ext));
    expect(view.sprint?.id).toBe(futureSprint);
    expect(view.summary.total).toBe(view.tickets.length);
    expect(view.summary.ready + view.summary.notReady).toBe(view.summary.total);
    expect(view.summary.furthest.length).toBeGreaterThan(0);
    expect(view.summary.failingChecks[0]?.tickets).toBeGreaterThan(0);
    expect(view.written).toBe(view.summary.total);
    const again = data(await h.invoke<Result<SprintReadinessView>>(PM, 'accord-sprint-readiness', 'checkSprintReadiness', {}, ext));
    expect(again.written).toBe(0);
  });

  it('the project page reads the next future sprint by default and answers as the user sees Jira', async () => {
    const view = data(await h.invoke<Result<SprintReadinessView>>(PM, 'accord-project-page', 'getSprintReadiness', {}, projectExt));
    expect(view.sprint?.state).toBe('future');
    expect(view.written).toBeNull();
    expect(view.sprints.map((s) => s.state)).toContain('active');
    const outsider = await h.invoke<Result<SprintReadinessView>>(OUTSIDER, 'accord-project-page', 'getSprintReadiness', {}, projectExt);
    expect(outsider.ok).toBe(false);
  });

  it('re-checks a ticket when its description changes (trigger)', async () => {
    const key = await keyOf(h, 'dark-mode');
    await h.rest('PUT', `/rest/api/3/issue/${key}/properties/${READINESS_PROPERTY}`, { score: 1, ready: 'false', threshold: 70, fingerprint: 'old', findings: [], checkedAt: '2026-01-01T00:00:00.000Z' });
    const description = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'As a customer, I want a dark colour scheme so that the portal is comfortable to read at night.' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Acceptance criteria' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Given the system setting is dark, when the portal opens, then it uses the dark scheme.' }] }] }] },
      ],
    };
    expect((await h.rest('PUT', `/rest/api/3/issue/${key}`, { fields: { description } }, PO)).status).toBe(204);
    await h.sandbox.runtime.drainQueues();
    const stored = (await h.rest('GET', `/rest/api/3/issue/${key}/properties/${READINESS_PROPERTY}`)).body as { value: { fingerprint: string; findings: Array<{ check: string }> } };
    expect(stored.value.fingerprint).not.toBe('old');
    expect(stored.value.findings.map((f) => f.check)).not.toContain('description.missing');
  });

  it('only project admins change settings; everyone reads them; an older version is refused', async () => {
    const dev = data(await h.invoke<Result<SettingsView>>(DEV, 'accord-project-settings', 'getSettings', {}, projectExt));
    expect(dev.canAdminister).toBe(false);
    expect(dev.settings.rubric.threshold).toBe(70);
    expect(dev.issueTypes).toContain('Story');
    const denied = await h.invoke<Result<SettingsView>>(DEV, 'accord-project-settings', 'saveSettings', { version: dev.version, settings: { rubric: { threshold: 10 } } }, projectExt);
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const pm = data(await h.invoke<Result<SettingsView>>(PM, 'accord-project-settings', 'getSettings', {}, projectExt));
    expect(pm.canAdminister).toBe(true);
    const saved = data(await h.invoke<Result<SettingsView>>(PM, 'accord-project-settings', 'saveSettings', { version: pm.version, settings: { rubric: { threshold: 90 }, commentOnDecision: false } }, projectExt));
    expect(saved.settings.rubric.threshold).toBe(90);
    expect(saved.settings.commentOnDecision).toBe(false);
    const stale = await h.invoke<Result<SettingsView>>(PM, 'accord-project-settings', 'saveSettings', { version: pm.version, settings: { rubric: { threshold: 50 } } }, projectExt);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const invalid = await h.invoke<Result<SettingsView>>(PM, 'accord-project-settings', 'saveSettings', { version: saved.version, settings: { rubric: { threshold: 500 } } }, projectExt);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
