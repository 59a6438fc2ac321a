/**
 * Product events from REST changes reach the app's real triggers through the sandbox runtime, and only those
 * the manifest subscribes to: worklog, version and sprint start/close/update events refresh the project page's
 * snapshot; a sprint's creation fires too but no trigger takes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductEvent } from '../../../sandbox/jira/emulator-types';
import { DEMO_SPRINT_IDS } from '../../../sandbox/seed/site-layout';
import { keyOf } from '../../support/seed-tickets';
import { DEV, PM, openHarness, type Harness } from '../app/sandbox-harness';

let h: Harness;
const fired: ProductEvent[] = [];

beforeAll(async () => {
  h = await openHarness();
  h.sandbox.jira.onProductEvent((event) => fired.push(event));
});

afterAll(async () => {
  await h?.close();
});

async function settle(): Promise<void> {
  await h.sandbox.runtime.drainQueues();
}

const triggerCalls = () => h.sandbox.runtime.invocations().filter((record) => record.moduleKey.endsWith('-trigger'));

describe('product events through the sandbox runtime', () => {
  it('delivers worklog, version and sprint events to the project page trigger, which refreshes the snapshot', async () => {
    const key = await keyOf(h, 'sso');
    expect((await h.rest('POST', `/rest/api/3/issue/${key}/worklog`, { timeSpent: '1h' }, DEV)).status).toBe(201);
    expect((await h.rest('POST', '/rest/api/3/version', { name: 'Portal 1.2', projectId: 10000 }, PM)).status).toBe(201);
    expect((await h.rest('POST', `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.active}`, { state: 'closed' }, PM)).status).toBe(200);
    expect((await h.rest('POST', '/rest/agile/1.0/sprint', { name: 'ACC Sprint 9', originBoardId: 1 }, PM)).status).toBe(201);
    await settle();
    expect(fired.map((event) => event.eventType)).toEqual(['avi:jira:created:worklog', 'avi:jira:created:version', 'avi:jira-software:closed:sprint', 'avi:jira-software:created:sprint']);
    // Three deliveries (the created sprint is not subscribed to), one snapshot run that they share.
    expect(triggerCalls().map((record) => record.moduleKey)).toEqual(['project-changed-trigger', 'project-changed-trigger', 'project-changed-trigger']);
    const runs = h.sandbox.runtime.invocations().filter((record) => record.functionKey === 'project-job-worker');
    expect(runs.length).toBeGreaterThanOrEqual(1);
  });

  it('delivers an issue update the app subscribes to', async () => {
    const key = await keyOf(h, 'e2e-tests');
    const before = triggerCalls().length;
    expect((await h.rest('PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'End-to-end tests for sign-in, invoices and support' } }, DEV)).status).toBe(204);
    await settle();
    expect(triggerCalls().slice(before).map((record) => record.moduleKey)).toEqual(['issue-updated-trigger']);
  });
});
