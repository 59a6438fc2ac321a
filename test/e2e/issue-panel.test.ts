/**
 * The issue panel "Acceptance & sign-off" in a real browser.
 *
 * Part 1 runs the built panel, with the Content-Security-Policy Forge sends it, against a scripted host (a
 * fake `window.__bridge` whose resolvers keep a PanelView in memory), to check what is hard to provoke in the sandbox: exactly one invoke on load,
 * keyboard reorder with its announcement, editing, conflicts with "Reapply my change", validation,
 * read-only mode. Part 2 runs it inside the sandbox shell against the real backend: import, verify,
 * approve, stale after a description edit, the developer's read-only view, the workflow validator and
 * the dark theme. Screenshots go to test-results/screenshots/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelView } from '../../src/contract/issue-panel';
import { MANIFEST_PATH } from '../../sandbox/config';
import { contentSecurityPolicy } from '../../sandbox/runtime/content-security-policy';
import { loadManifest } from '../../sandbox/runtime/manifest';
import { keysOf } from '../support/seed-tickets';
import { launchBrowser, screenshot } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'static/pages/issue-panel/build');
const FAKE_ORIGIN = 'http://panel.test';
const MANIFEST = loadManifest(MANIFEST_PATH);

let browser: Browser;


const person = (accountId: string, displayName: string) => ({ accountId, displayName });
const PAULA = person('demo-po', 'Paula Owner');

function sampleView(overrides: Partial<PanelView> = {}): PanelView {
  return {
    issue: { id: '10001', key: 'ACC-7', summary: 'Search invoices by number or amount', status: 'In Progress', assignee: person('demo-dev', 'Dana Developer') },
    criteria: [
      { id: 'c1', text: 'Searching "0042" finds INV-2024-0042.', steps: null, verification: { state: 'passed', by: PAULA, at: '2026-03-02T10:15:00.000Z' } },
      {
        id: 'c2',
        text: 'Given I have invoices\nWhen I search "129.90"\nThen invoices with exactly that amount are listed\nAnd other amounts are not',
        steps: [
          { keyword: 'Given', text: 'I have invoices' },
          { keyword: 'When', text: 'I search "129.90"' },
          { keyword: 'Then', text: 'invoices with exactly that amount are listed' },
          { keyword: 'And', text: 'other amounts are not' },
        ],
        verification: { state: 'failed', by: PAULA, at: '2026-03-02T10:16:00.000Z' },
      },
      { id: 'c3', text: 'No results shows "No invoices match" and a link to clear the search.', steps: null, verification: { state: 'unverified', by: null, at: null } },
    ],
    version: 3,
    contentHash: 'hash-aaaa',
    signoff: { state: 'pending', decidedBy: null, decidedAt: null, feedback: null, commentNotice: null },
    history: [],
    historyTotal: 0,
    historyNextPage: null,
    readiness: {
      score: 62,
      ready: false,
      threshold: 70,
      findings: [
        { check: 'estimate', severity: 'major', message: 'The ticket has no estimate.', evidence: null, fix: 'Estimate it in story points before planning.' },
        { check: 'vague-terms', severity: 'minor', message: 'Vague wording: "quickly".', evidence: 'answer questions from accounting quickly', fix: 'Say how fast, e.g. "within 2 seconds".' },
      ],
    },
    importable: [],
    permissions: { canEdit: true, canSignOff: true, readOnlyReason: null, signOffHolders: ['Paula Owner'] },
    limits: { maxCriteria: 100, maxCriterionChars: 2000, maxFeedbackChars: 5000 },
    ...overrides,
  };
}

/** Runs in the page before the bundle: a host whose resolvers answer from an in-memory view. */
function installFakeHost([initial, colorMode]: [PanelView, string]): void {
  type Call = { key: string; payload: Record<string, unknown> };
  type Host = { view: PanelView; calls: Call[]; conflictWith: PanelView | null; colorMode: string };
  const w = globalThis as unknown as { __host: Host; __bridge: { callBridge: (name: string, payload?: unknown) => Promise<unknown> } };
  const host: Host = { view: initial, calls: [], conflictWith: null, colorMode };
  w.__host = host;
  const answer = (view: PanelView) => ({ ok: true, data: view });
  const bump = (view: PanelView): PanelView => ({ ...view, version: (view.version ?? 0) + 1, contentHash: `hash-${(view.version ?? 0) + 1}` });
  const resolvers: Record<string, (payload: Record<string, unknown>) => unknown> = {
    getPanel: () => answer(host.view),
    saveCriteria: (payload) => {
      const list = payload.criteria as { id?: string; text: string }[];
      const criteria = list.map((item, i) => {
        const existing = host.view.criteria.find((c) => c.id === item.id);
        return existing ? { ...existing, text: item.text } : { id: `new-${host.calls.length}-${i}`, text: item.text, steps: null, verification: { state: 'unverified' as const, by: null, at: null } };
      });
      host.view = bump({ ...host.view, criteria });
      return answer(host.view);
    },
    verifyCriterion: (payload) => {
      host.view = bump({
        ...host.view,
        criteria: host.view.criteria.map((c) => (c.id === payload.criterionId ? { ...c, verification: { state: payload.state as 'passed', by: { accountId: 'demo-po', displayName: 'Paula Owner' }, at: '2026-03-03T09:00:00.000Z' } } : c)),
      });
      return answer(host.view);
    },
    importCriteria: () => {
      const added = host.view.importable.map((text, i) => ({ id: `imp-${i}`, text, steps: null, verification: { state: 'unverified' as const, by: null, at: null } }));
      host.view = bump({ ...host.view, criteria: [...host.view.criteria, ...added], importable: [] });
      return answer(host.view);
    },
    approve: (payload) => {
      if (payload.contentHash !== host.view.contentHash) return { ok: false, error: { code: 'conflict', message: 'changed', details: host.view } };
      const by = { accountId: 'demo-po', displayName: 'Paula Owner' };
      host.view = {
        ...host.view,
        signoff: { state: 'approved', decidedBy: by, decidedAt: '2026-03-03T09:30:00.000Z', feedback: null, commentNotice: null },
        history: [...host.view.history, { decision: 'approved', by, at: '2026-03-03T09:30:00.000Z', feedback: null, hash: String(host.view.contentHash).slice(0, 8) }],
        historyTotal: host.view.historyTotal + 1,
      };
      return answer(host.view);
    },
    requestChanges: (payload) => {
      const by = { accountId: 'demo-po', displayName: 'Paula Owner' };
      host.view = {
        ...host.view,
        signoff: { state: 'changes_requested', decidedBy: by, decidedAt: '2026-03-03T09:40:00.000Z', feedback: String(payload.feedback), commentNotice: null },
        history: [...host.view.history, { decision: 'changes_requested', by, at: '2026-03-03T09:40:00.000Z', feedback: String(payload.feedback), hash: 'hash-aaa' }],
        historyTotal: host.view.historyTotal + 1,
      };
      return answer(host.view);
    },
  };
  w.__bridge = {
    callBridge: async (name, payload) => {
      // Like Jira, the host puts its colour mode on the frame's <html> once theming is enabled.
      if (name === 'enableTheming') {
        (globalThis as unknown as { document: { documentElement: { setAttribute(n: string, v: string): void } } }).document.documentElement.setAttribute('data-color-mode', host.colorMode);
        return undefined;
      }
      if (name === 'getContext') return { accountId: 'demo-po', moduleKey: 'accord-issue-panel', extension: { type: 'jira:issuePanel', issue: { key: 'ACC-7' } } };
      if (name !== 'invoke') throw new Error(`The fake host does not answer "${name}"`);
      const call = payload as { functionKey: string; payload: Record<string, unknown> };
      host.calls.push({ key: call.functionKey, payload: call.payload });
      if (call.functionKey !== 'getPanel' && host.conflictWith) {
        host.view = host.conflictWith;
        host.conflictWith = null;
        return { ok: false, error: { code: 'conflict', message: 'Someone else saved first.', details: host.view } };
      }
      const resolver = resolvers[call.functionKey];
      if (!resolver) return { ok: false, error: { code: 'not-found', message: `No resolver ${call.functionKey}` } };
      if (call.payload.version !== undefined && call.payload.version !== host.view.version) {
        return { ok: false, error: { code: 'conflict', message: 'Version mismatch.', details: host.view } };
      }
      return resolver(call.payload);
    },
  };
}

async function openFakePanel(view: PanelView, colorMode: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.route(`${FAKE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(BUILD, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(BUILD) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    const body = readFileSync(file);
    // The page gets the policy Forge would send it, so a violation fails these tests too.
    const policy: Record<string, string> = type === 'text/html' ? { 'content-security-policy': contentSecurityPolicy({ manifest: MANIFEST, html: body.toString('utf8'), siteOrigin: FAKE_ORIGIN, reportUri: `${FAKE_ORIGIN}/csp-report` }) } : {};
    return route.fulfill({ status: 200, body, headers: { 'content-type': type, ...policy } });
  });
  await page.addInitScript(installFakeHost, [view, colorMode] as [PanelView, string]);
  await page.goto(`${FAKE_ORIGIN}/`);
  await page.waitForSelector('[data-testid="issue-panel"]');
  return page;
}

type HostState = { view: PanelView; calls: { key: string; payload: Record<string, unknown> }[] };
const hostState = (page: Page) => page.evaluate(() => (globalThis as unknown as { __host: HostState }).__host);
const setConflict = (page: Page, view: PanelView) =>
  page.evaluate((fresh) => {
    (globalThis as unknown as { __host: { conflictWith: PanelView } }).__host.conflictWith = fresh;
  }, view);

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The browser globals the shell scenarios touch (the test project is typed for Node, without DOM). */
interface ShellGlobals {
  localStorage: { setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

describe('issue panel in the sandbox shell', () => {
  let sandbox: { url: string; close(): Promise<void> };
  let dataDir: string;
  /** "Search invoices by number or amount": three criteria in its description. */
  let ISSUE: string;
  /** "Account overview page": In Review, one step from Done. */
  let GATED: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'accord-panel-e2e-'));
    const { startSandbox } = await import('../../sandbox/server');
    sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
    [ISSUE, GATED] = await keysOf(sandbox.url, ['invoice-search', 'overview-widgets']);
  });

  afterAll(async () => {
    await sandbox?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function openIssue(accountId: string, key: string, theme: 'light' | 'dark' = 'light'): Promise<{ page: Page; panel: FrameLocator }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript(
      ([user, mode]) => {
        const w = globalThis as unknown as ShellGlobals;
        if (!w.sessionStorage.getItem('panel-e2e')) {
          w.localStorage.setItem('accord-sandbox.user', user);
          w.localStorage.setItem('accord-sandbox.theme', mode);
          w.sessionStorage.setItem('panel-e2e', '1');
        }
      },
      [accountId, theme] as const,
    );
    await page.goto(`${sandbox.url}/browse/${key}`);
    await page.waitForSelector('[data-testid="issue-summary"]');
    const panel = page.frameLocator('[data-testid="app-frame-accord-issue-panel"]');
    await panel.locator('[data-testid="issue-panel"]').waitFor();
    return { page, panel };
  }

  async function markAllPassed(panel: FrameLocator): Promise<void> {
    const rows = panel.locator('[data-testid="criterion-row"]');
    const count = await rows.count();
    for (let i = 0; i < count; i += 1) {
      await rows.nth(i).locator('[data-testid="verify-passed"]').click();
      await panel.locator(`[data-testid="criterion-row"] >> nth=${i}`).and(panel.locator('[data-state="passed"]')).waitFor();
    }
  }

  async function approve(panel: FrameLocator): Promise<void> {
    await panel.locator('[data-testid="approve"]').click();
    await panel.locator('[data-testid="approve-confirm"]').click();
    await panel.locator('[data-testid="signoff-state"][data-state="approved"]').waitFor();
  }

  it('lets the Product Owner import the criteria, pass them and approve', async () => {
    const { page, panel } = await openIssue('demo-po', ISSUE);
    const importButton = panel.locator('[data-testid="import-criteria"]');
    await importButton.waitFor();
    expect(await importButton.textContent()).toMatch(/^Import 3 criteria from the description$/);
    await importButton.click();
    await panel.locator('[data-testid="criterion-row"]').first().waitFor();
    expect(await panel.locator('[data-testid="criterion-row"]').count()).toBe(3);
    await markAllPassed(panel);
    expect(await panel.locator('[data-testid="criteria-summary"]').textContent()).toBe('3 of 3 passed');
    await approve(panel);
    expect(await panel.locator('[data-testid="signoff-state"]').textContent()).toBe('Approved');
    expect(await panel.locator('[data-testid="signoff-bar"]').textContent()).toContain('Approved by Paula Owner');
    await screenshot(page, 'panel-approved');
    await page.close();
  });

  it('shows the sign-off as stale once the description changes', async () => {
    const { page, panel } = await openIssue('demo-po', ISSUE);
    await panel.locator('[data-testid="signoff-state"][data-state="approved"]').waitFor();
    await page.click('[data-testid="edit-description"]');
    const editor = page.locator('[data-testid="description-editor"]');
    const before = await editor.inputValue();
    await editor.fill(`${before}\n\nAmounts may be entered with a comma as decimal separator.`);
    await page.click('[data-testid="save-description"]');
    await page.waitForSelector('[data-testid="issue-description"] >> text=comma as decimal separator');
    await page.reload();
    const reloaded = page.frameLocator('[data-testid="app-frame-accord-issue-panel"]');
    await reloaded.locator('[data-testid="signoff-state"][data-state="stale"]').waitFor();
    expect(await reloaded.locator('[data-testid="signoff-state"]').textContent()).toBe('Stale — content changed since approval');
    await screenshot(page, 'panel-stale');
    await page.close();
  });

  it('shows the developer a read-only panel with the reason and who can sign off', async () => {
    const { page, panel } = await openIssue('demo-dev', ISSUE);
    await panel.locator('[data-testid="criterion-row"]').first().waitFor();
    const readOnly = await panel.locator('[data-testid="signoff-readonly"]').textContent();
    expect(readOnly).toContain('Paula Owner');
    expect(readOnly).toMatch(/sign off/i);
    expect(await panel.locator('[data-testid="approve"], [data-testid="request-changes"]').count()).toBe(0);
    await screenshot(page, 'panel-developer-read-only');
    await page.close();
  });

  it('blocks Done without approval, naming who can sign off, and allows it after approval', async () => {
    const { page, panel } = await openIssue('demo-po', GATED);
    await page.click('[data-testid="transition-41"]');
    await page.waitForSelector('[data-testid="transition-error"]');
    expect(await page.textContent('[data-testid="transition-error"]')).toContain('Paula Owner');
    expect((await page.textContent('[data-testid="issue-status"]'))?.trim()).toBe('In Review');

    const importButton = panel.locator('[data-testid="import-criteria"]');
    if ((await importButton.count()) > 0) {
      await importButton.click();
      await panel.locator('[data-testid="criterion-row"]').first().waitFor();
    }
    await markAllPassed(panel);
    await approve(panel);
    await page.click('[data-testid="transition-41"]');
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
      return doc.querySelector('[data-testid="issue-status"]')?.textContent?.trim() === 'Done';
    });
    expect(await page.locator('[data-testid="transition-error"]').count()).toBe(0);
    await page.close();
  });

  it('renders in the dark theme', async () => {
    const { page, panel } = await openIssue('demo-po', ISSUE, 'dark');
    await panel.locator('[data-testid="criterion-row"]').first().waitFor();
    await panel.locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    const color = await panel.locator('body').evaluate((body) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(body).color);
    const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(128);
    await screenshot(page, 'panel-dark');
    await page.close();
  });
});

describe('issue panel against a scripted host', () => {
  it('loads with exactly one getPanel and lays out criteria, Gherkin steps, sign-off and readiness', async () => {
    const page = await openFakePanel(sampleView());
    await page.waitForSelector('[data-testid="criterion-row"]');
    const state = await hostState(page);
    expect(state.calls.map((c) => c.key)).toEqual(['getPanel']);
    expect(await page.locator('[data-testid="criterion-row"]').count()).toBe(3);
    expect(await page.textContent('[data-testid="signoff-state"]')).toBe('Awaiting sign-off');
    const steps = page.locator('[data-testid="scenario-steps"] li');
    expect(await steps.count()).toBe(4);
    const keyword = steps.nth(0).locator('[data-testid="step-keyword"]');
    expect(await keyword.textContent()).toBe('Given');
    expect(Number(await keyword.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { fontWeight: string } }).getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(await page.textContent('[data-testid="readiness-score"]')).toContain('62');
    expect(await page.locator('[data-testid="readiness-finding"]').count()).toBe(2);
    expect(await page.getAttribute('[data-testid="criterion-row"] >> nth=0 >> [data-testid="verify-passed"]', 'aria-pressed')).toBe('true');
    await screenshot(page, 'panel-fake-light');
    await page.close();
  });

  it('reorders with Alt+Arrow keys, announces the move and keeps focus on the moved row', async () => {
    const page = await openFakePanel(sampleView());
    await page.locator('[data-testid="criterion-drag-handle"]').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(() => (globalThis as unknown as { __host: HostState }).__host.calls.length === 2);
    const state = await hostState(page);
    expect(state.calls[1]?.key).toBe('saveCriteria');
    expect((state.calls[1]?.payload.criteria as { id: string }[]).map((c) => c.id)).toEqual(['c2', 'c1', 'c3']);
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('[data-testid="panel-announcer"]')?.textContent.includes('position 2 of 3'));
    const focused = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('aria-label'));
    expect(focused).toContain('Move criterion 2');
    await page.close();
  });

  it('edits inline: Enter saves, Escape cancels, empty text is refused', async () => {
    const page = await openFakePanel(sampleView());
    const third = page.locator('[data-testid="criterion-row"]').nth(2);
    await third.locator('[data-testid="criterion-text"]').click();
    await page.keyboard.press('Escape');
    expect(await third.locator('[data-testid="criterion-editor"]').count()).toBe(0);

    await third.locator('[data-testid="criterion-text"]').focus();
    await page.keyboard.press('Enter');
    const editor = third.locator('textarea');
    await editor.fill('   ');
    await page.keyboard.press('Enter');
    expect(await third.locator('[role="alert"]').textContent()).toContain('cannot be empty');
    await editor.fill('No results shows "No invoices match".');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as unknown as { __host: HostState }).__host.calls.length === 2);
    const state = await hostState(page);
    expect(state.view.criteria[2]?.text).toBe('No results shows "No invoices match".');
    expect(await third.locator('[data-testid="criterion-text"]').textContent()).toBe('No results shows "No invoices match".');
    await page.close();
  });

  it('on a conflict shows the other version and reapplies the pending change on top of it', async () => {
    const page = await openFakePanel(sampleView());
    const theirs = sampleView({
      version: 4,
      contentHash: 'hash-theirs',
      criteria: [...sampleView().criteria, { id: 'c4', text: 'Their new criterion.', steps: null, verification: { state: 'unverified', by: null, at: null } }],
    });
    await setConflict(page, theirs);
    await page.locator('[data-testid="criterion-row"]').nth(2).locator('[data-testid="verify-passed"]').click();
    await page.waitForSelector('[data-testid="conflict-message"]');
    expect(await page.textContent('[data-testid="conflict-message"]')).toContain('Someone else changed these criteria while you were editing. The panel now shows their version.');
    expect(await page.locator('[data-testid="criterion-row"]').count()).toBe(4);
    await screenshot(page, 'panel-fake-conflict');
    await page.click('[data-testid="reapply-change"]');
    await page.waitForSelector('[data-testid="conflict-message"]', { state: 'detached' });
    const state = await hostState(page);
    const last = state.calls[state.calls.length - 1];
    expect(last?.key).toBe('verifyCriterion');
    expect(last?.payload).toMatchObject({ version: 4, criterionId: 'c3', state: 'passed' });
    expect(state.view.criteria.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    await page.close();
  });

  it('approves through a dialog that warns about failed and unverified criteria and sends the content hash', async () => {
    const page = await openFakePanel(sampleView());
    await page.click('[data-testid="approve"]');
    await page.waitForSelector('[data-testid="approve-dialog"]');
    expect(await page.textContent('[data-testid="approve-dialog"]')).toContain('1 passed, 1 failed, 1 not verified');
    await page.waitForSelector('[data-testid="approve-warning"]');
    await screenshot(page, 'panel-fake-approve-dialog');
    await page.click('[data-testid="approve-confirm"]');
    await page.waitForSelector('[data-testid="approve-dialog"]', { state: 'detached' });
    expect(await page.textContent('[data-testid="signoff-state"]')).toBe('Approved');
    const state = await hostState(page);
    expect(state.calls[state.calls.length - 1]).toMatchObject({ key: 'approve', payload: { contentHash: 'hash-aaaa', version: 3 } });
    await page.click('[data-testid="history-toggle"]');
    expect(await page.locator('[data-testid="history-entry"]').count()).toBe(1);
    await page.close();
  });

  it('requires feedback to request changes and shows it on the sign-off bar', async () => {
    const page = await openFakePanel(sampleView());
    await page.click('[data-testid="request-changes"]');
    await page.waitForSelector('[data-testid="request-changes-dialog"]');
    await page.click('[data-testid="request-changes-confirm"]');
    expect(await page.textContent('[data-testid="feedback-problem"]')).toContain('Say what needs to change');
    expect((await hostState(page)).calls.map((c) => c.key)).toEqual(['getPanel']);
    await page.fill('[data-testid="feedback"]', 'Amounts with a comma (129,90) are not found.');
    await page.click('[data-testid="request-changes-confirm"]');
    await page.waitForSelector('[data-testid="request-changes-dialog"]', { state: 'detached' });
    expect(await page.textContent('[data-testid="signoff-state"]')).toBe('Changes requested');
    expect(await page.textContent('[data-testid="signoff-feedback"]')).toBe('Amounts with a comma (129,90) are not found.');
    await page.close();
  });

  it('offers the criteria found in the description when the list is empty, and imports them', async () => {
    const page = await openFakePanel(sampleView({ criteria: [], importable: ['First from the description', 'Second from the description'], readiness: null }));
    await page.waitForSelector('[data-testid="criteria-empty"]');
    expect(await page.textContent('[data-testid="import-criteria"]')).toBe('Import 2 criteria from the description');
    await screenshot(page, 'panel-fake-empty');
    await page.click('[data-testid="import-criteria"]');
    await page.waitForSelector('[data-testid="criterion-row"]');
    expect(await page.locator('[data-testid="criterion-row"]').count()).toBe(2);
    expect((await hostState(page)).calls[1]).toMatchObject({ key: 'importCriteria', payload: { mode: 'append' } });
    await page.close();
  });

  it('is read-only without permissions and says who can sign off', async () => {
    const view = sampleView({
      permissions: { canEdit: false, canSignOff: false, readOnlyReason: 'You can view this issue but not edit it.', signOffHolders: ['Paula Owner', 'Priya Manager'] },
    });
    const page = await openFakePanel(view);
    await page.waitForSelector('[data-testid="criterion-row"]');
    expect(await page.locator('[data-testid="criterion-drag-handle"], [data-testid="verify-passed"], [data-testid="criterion-delete"], [data-testid="add-criterion"]').count()).toBe(0);
    expect(await page.locator('[data-testid="approve"]').count()).toBe(0);
    const message = await page.textContent('[data-testid="signoff-readonly"]');
    expect(message).toContain('You can view this issue but not edit it.');
    expect(message).toContain('Paula Owner and Priya Manager can sign off');
    await page.close();
  });

  it('follows the dark colour mode of the host', async () => {
    const page = await openFakePanel(sampleView(), 'dark');
    await page.waitForFunction(() => {
      const w = globalThis as unknown as { document: { head: { querySelector(s: string): unknown } } };
      return Boolean(w.document.head.querySelector('style[data-theme="dark"]'));
    });
    const background = await page.evaluate(() => {
      const w = globalThis as unknown as { document: { body: unknown }; getComputedStyle(e: unknown): { color: string } };
      return w.getComputedStyle(w.document.body).color;
    });
    // Dark theme text is light.
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(128);
    await screenshot(page, 'panel-fake-dark');
    await page.close();
  });
});
