/** The panel discovers the site's story points field once, remembers it for a day, and reads points through it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelView } from '../../../src/contract/issue-panel';
import type { Result } from '../../../src/contract/result';
import { PO, openHarness, type Harness } from './sandbox-harness';

const PANEL = 'accord-issue-panel';
const FIELDS = 'GET /rest/api/3/field';
const DAY_MS = 24 * 60 * 60 * 1000;
let h: Harness;

beforeAll(async () => {
  // A site the app has not read yet: the first panel load is the first to list the fields.
  h = await openHarness({ appRecords: false });
});
afterAll(async () => {
  await h?.close();
});

async function panel(key: string): Promise<PanelView> {
  const result = await h.invoke<Result<PanelView>>(PO, PANEL, 'getPanel', {}, await h.issueExtension(key));
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

async function createStory(summary: string, points?: number): Promise<string> {
  const fields = { project: { key: 'ACC' }, issuetype: { name: 'Story' }, summary, ...(points === undefined ? {} : { customfield_10016: points }) };
  const created = await h.rest('POST', '/rest/api/3/issue', { fields }, PO);
  expect(created.status).toBe(201);
  return (created.body as { key: string }).key;
}

function checks(view: PanelView): string[] {
  if (!view.readiness) throw new Error('the panel shows no readiness');
  return view.readiness.findings.map((f) => f.check);
}

describe('story points and sprint field ids', () => {
  it('the first panel load lists the fields once; later loads reuse the remembered ids', async () => {
    const estimated = await createStory('Estimated story', 5);
    const unestimated = await createStory('Unestimated story');

    h.sandbox.jira.resetRequestCounts();
    const first = await panel(estimated);
    expect(h.sandbox.jira.requestCounts()[FIELDS]).toBe(1);
    expect(checks(first)).not.toContain('estimate.missing');

    h.sandbox.jira.resetRequestCounts();
    const second = await panel(unestimated);
    const again = await panel(estimated);
    expect(h.sandbox.jira.requestCounts()[FIELDS] ?? 0).toBe(0);
    expect(h.sandbox.jira.requestCounts()['GET /rest/api/3/issue/{issueIdOrKey}']).toBeGreaterThan(0);
    expect(checks(second)).toContain('estimate.missing');
    expect(checks(again)).not.toContain('estimate.missing');
  });

  it('lists the fields again once the remembered ids are a day old', async () => {
    const key = await createStory('Estimated later', 3);
    await panel(key);
    h.sandbox.jira.resetRequestCounts();
    // Scheduled scans may run while time passes; whoever comes first after a day refreshes, once.
    await h.sandbox.runtime.clock.advance(DAY_MS + 1);
    expect(checks(await panel(key))).not.toContain('estimate.missing');
    await panel(key);
    expect(h.sandbox.jira.requestCounts()[FIELDS]).toBe(1);
  });
});
