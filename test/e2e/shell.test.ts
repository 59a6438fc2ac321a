/**
 * The sandbox shell in a real browser against the real sandbox server: issue search, the issue view
 * as each demo user, the Markdown description editor, a workflow transition, the Custom UI bridge
 * inside the app's issue panel frame, and the light and dark themes (with screenshots).
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOf } from '../support/seed-tickets';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';

const PANEL = 'accord-issue-panel';

/** The browser globals the page scripts below touch (the test project is typed for Node, without DOM). */
interface BrowserGlobals {
  localStorage: { setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  document: {
    documentElement: { getAttribute(name: string): string | null };
    body: unknown;
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): { length: number };
    activeElement: { getAttribute(name: string): string | null } | null;
  };
  getComputedStyle(element: unknown): { backgroundColor: string };
  __bridge?: { callBridge: CallBridge };
}

type CallBridge = (name: string, payload?: unknown) => Promise<unknown>;

let sandbox: RunningSandbox;
let browser: Browser;
/** "Sign in with email and password": a Done story of the first closed sprint, with history. */
let ISSUE: string;


async function openAs(accountId: string, pathname: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript((user) => {
    const w = globalThis as unknown as BrowserGlobals;
    if (!w.sessionStorage.getItem('e2e-initialised')) {
      w.localStorage.setItem('accord-sandbox.user', user);
      w.localStorage.setItem('accord-sandbox.theme', 'light');
      w.sessionStorage.setItem('e2e-initialised', '1');
    }
  }, accountId);
  await page.goto(`${sandbox.url}${pathname}`);
  return page;
}

async function rest<T>(accountId: string, method: string, restPath: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${restPath}`, {
    method,
    headers: { 'X-Sandbox-User': accountId, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="app-frame-${PANEL}"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The issue panel iframe has no frame');
  await frame.waitForFunction(() => Boolean((globalThis as unknown as BrowserGlobals).__bridge));
  return frame;
}

function callInFrame(frame: Frame, name: string, payload?: unknown): Promise<unknown> {
  return frame.evaluate(
    ([callName, callPayload]) => {
      const bridge = (globalThis as unknown as BrowserGlobals).__bridge;
      if (!bridge) throw new Error('The frame has no bridge');
      return bridge.callBridge(callName as string, callPayload);
    },
    [name, payload] as const,
  );
}

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-shell-e2e-');
  ISSUE = await keyOf(sandbox.url, 'login-email');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('sandbox shell', () => {
  it('lists the project issues from the default JQL and reports JQL errors like Jira', async () => {
    const page = await openAs('demo-po', '/');
    await page.waitForURL(/\/projects\/ACC\/issues$/);
    await page.waitForSelector(`[data-testid="issue-row-${ISSUE}"]`);
    expect(await page.locator('[data-testid^="issue-row-ACC-"]').count()).toBeGreaterThan(3);
    expect(await page.inputValue('[data-testid="jql-input"]')).toBe('project = ACC ORDER BY key ASC');
    expect(await page.textContent('[data-testid="user-switcher"]')).toContain('Paula Owner');
    await screenshot(page, 'issue-list-light');
    const firstPage = await page.locator('[data-testid^="issue-row-ACC-"]').count();
    if ((await page.locator('[data-testid="load-more"]').count()) > 0) {
      await page.click('[data-testid="load-more"]');
      await page.waitForFunction((count) => {
        const { document } = globalThis as unknown as BrowserGlobals;
        return document.querySelectorAll('[data-testid^="issue-row-ACC-"]').length > count;
      }, firstPage);
    }

    await page.fill('[data-testid="jql-input"]', 'project = ACC AND ORDER BY');
    await page.click('[data-testid="jql-search"]');
    await page.waitForSelector('[data-testid="jql-error"]');
    expect((await page.textContent('[data-testid="jql-error"]'))?.length ?? 0).toBeGreaterThan(10);
    await page.close();
  });

  it('shows the issue with its app panel to each member and "can\'t view" to the outsider', async () => {
    for (const accountId of ['demo-po', 'demo-pm', 'demo-dev']) {
      const page = await openAs(accountId, `/browse/${ISSUE}`);
      await page.waitForSelector('[data-testid="issue-summary"]');
      expect((await page.textContent('[data-testid="issue-summary"]'))?.trim().length).toBeGreaterThan(0);
      expect(await page.textContent('[data-testid="issue-key"]')).toBe(ISSUE);
      const frame = await panelFrame(page);
      const context = (await callInFrame(frame, 'getContext')) as { accountId: string; moduleKey: string; extension: { type: string; issue: { key: string }; project: { key: string } } };
      expect(context.accountId).toBe(accountId);
      expect(context.moduleKey).toBe(PANEL);
      expect(context.extension.type).toBe('jira:issuePanel');
      expect(context.extension.issue.key).toBe(ISSUE);
      expect(context.extension.project.key).toBe('ACC');
      await page.close();
    }
    const outsider = await openAs('demo-outsider', `/browse/${ISSUE}`);
    await outsider.waitForSelector('[data-testid="cant-view-issue"]');
    expect(await outsider.textContent('[data-testid="cant-view-issue"]')).toContain("You can't view this issue");
    expect(await outsider.locator(`[data-testid="app-frame-${PANEL}"]`).count()).toBe(0);
    await screenshot(outsider, 'issue-cant-view');
    await outsider.close();
  });

  it('switches user from the top bar and keeps the choice across reloads', async () => {
    const page = await openAs('demo-po', `/browse/${ISSUE}`);
    await page.waitForSelector('[data-testid="issue-summary"]');
    await page.click('[data-testid="user-switcher"]');
    await page.click('[data-testid="user-option-demo-outsider"]');
    await page.waitForSelector('[data-testid="cant-view-issue"]');
    await page.reload();
    await page.waitForSelector('[data-testid="cant-view-issue"]');
    expect(await page.textContent('[data-testid="user-switcher"]')).toContain('Nico Outsider');
    await page.close();
  });

  it('lets a keyboard user reach the user switcher and change user', async () => {
    const page = await openAs('demo-po', '/projects/ACC/issues');
    await page.waitForSelector(`[data-testid="issue-row-${ISSUE}"]`);
    const focusedTestId = () => page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.getAttribute('data-testid') ?? null);
    let reached = false;
    for (let step = 0; step < 12 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await focusedTestId()) === 'user-switcher';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="user-switcher-menu"]');
    expect(await focusedTestId()).toBe('user-option-demo-po');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId()).toBe('user-option-demo-pm');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.querySelector('[data-testid="user-switcher"]')?.textContent?.includes('Milo Manager'));
    expect(await focusedTestId()).toBe('user-switcher');
    await page.close();
  });

  it('answers the app frame through the bridge: requestJira as the user, invoke rules, theming', async () => {
    const page = await openAs('demo-dev', `/browse/${ISSUE}`);
    const frame = await panelFrame(page);
    const fetched = (await callInFrame(frame, 'fetchProduct', {
      product: 'jira',
      restPath: `/rest/api/3/issue/${ISSUE}?fields=summary`,
      fetchRequestInit: { method: 'GET', headers: [['accept', 'application/json']], body: null },
    })) as { status: number; body: string; headers: Record<string, string> };
    expect(fetched.status).toBe(200);
    expect((JSON.parse(fetched.body) as { key: string }).key).toBe(ISSUE);

    await expect(
      frame.evaluate(() => (globalThis as unknown as BrowserGlobals).__bridge?.callBridge('invoke', { functionKey: 'anything', payload: { callback: () => 1 } })),
    ).rejects.toThrow(/functions/i);
    await expect(callInFrame(frame, 'noSuchCall')).rejects.toThrow(/not supported/);

    // events.on keeps the callback in the frame; emit goes through the shell and comes back to subscribers.
    const received = await frame.evaluate(() => {
      const bridge = (globalThis as unknown as BrowserGlobals).__bridge;
      return new Promise((resolve) => {
        void bridge?.callBridge('on', { event: 'e2e-ping', callback: resolve }).then(() => bridge.callBridge('emit', { event: 'e2e-ping', payload: { n: 7 } }));
      });
    });
    expect(received).toEqual({ n: 7 });

    await callInFrame(frame, 'enableTheming');
    expect(await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-color-mode'))).toBe('light');
    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-color-mode') === 'dark');
    await frame.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-color-mode') === 'dark');
    expect(await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-theme'))).toContain('dark:dark');

    // The navigation unmounts the frame, so the test does not wait for the frame's promise.
    await frame.evaluate(() => {
      void (globalThis as unknown as BrowserGlobals).__bridge?.callBridge('navigate', { url: '/projects/ACC/issues', type: 'same-tab' });
    });
    await page.waitForURL(/\/projects\/ACC\/issues$/);
    await page.waitForSelector(`[data-testid="issue-row-${ISSUE}"]`);
    await page.close();
  });

  it('edits the description in Markdown and shows it rendered', async () => {
    const page = await openAs('demo-po', `/browse/${ISSUE}`);
    await page.click('[data-testid="edit-description"]');
    const marker = `Marker ${Date.now()}`;
    await page.fill('[data-testid="description-editor"]', `${marker} for the export.\n\n## Acceptance criteria\n\n- Every RAID item is exported\n- Dates use **ISO 8601**`);
    await page.click('[data-testid="save-description"]');
    await page.waitForSelector(`[data-testid="issue-description"] >> text=${marker}`);
    const description = page.locator('[data-testid="issue-description"]');
    expect(await description.locator('h2').textContent()).toBe('Acceptance criteria');
    expect(await description.locator('li').count()).toBe(2);
    expect(await description.locator('strong').textContent()).toBe('ISO 8601');

    const stored = await rest<{ fields: { description: { type: string } } }>('demo-po', 'GET', `/rest/api/3/issue/${ISSUE}?fields=description`);
    expect(stored.body.fields.description.type).toBe('doc');
    expect(JSON.stringify(stored.body.fields.description)).toContain(marker);
    await screenshot(page, 'issue-view-light');

    // Editing again starts from the stored description, turned back into Markdown.
    await page.click('[data-testid="edit-description"]');
    const markdown = await page.inputValue('[data-testid="description-editor"]');
    expect(markdown).toContain('## Acceptance criteria');
    expect(markdown).toContain('- Every RAID item is exported');
    expect(markdown).toContain('**ISO 8601**');
    await page.click('[data-testid="cancel-description"]');
    await page.close();
  });

  it('runs a workflow transition from the issue view (the ticket goes back from Done; no validator guards that)', async () => {
    const page = await openAs('demo-dev', `/browse/${ISSUE}`);
    await page.waitForSelector('[data-testid^="transition-"]');
    const before = (await page.textContent('[data-testid="issue-status"]'))?.trim();
    const buttons = page.locator('button[data-testid^="transition-"]');
    const names = await buttons.allTextContents();
    const index = Math.max(0, names.findIndex((name) => name.trim() !== before));
    await buttons.nth(index).click();
    await page.waitForFunction(
      (previous) => {
        const { document } = globalThis as unknown as BrowserGlobals;
        return Boolean(document.querySelector('[data-testid="transition-error"]')) || document.querySelector('[data-testid="issue-status"]')?.textContent?.trim() !== previous;
      },
      before,
    );
    // Blocked transitions and their message are covered by the issue panel's browser test.
    expect(await page.locator('[data-testid="transition-error"]').count()).toBe(0);
    const after = await rest<{ fields: { status: { name: string } } }>('demo-dev', 'GET', `/rest/api/3/issue/${ISSUE}?fields=status`);
    expect(after.body.fields.status.name).not.toBe(before);
    expect((await page.textContent('[data-testid="issue-status"]'))?.trim()).toBe(after.body.fields.status.name);
    await page.close();
  });

  it('opens the board with sprint actions and the app pages, and renders in dark mode', async () => {
    const page = await openAs('demo-pm', '/projects/ACC/issues');
    await page.waitForSelector('[data-testid="nav-board"]');
    await page.click('[data-testid="nav-board"]');
    await page.waitForSelector('[data-testid="backlog"]');
    const menuButton = page.locator('[data-testid^="sprint-actions-"]').first();
    if ((await menuButton.count()) > 0) {
      await menuButton.click();
      await page.click('[data-testid="sprint-action-accord-sprint-readiness"]');
      const frameHandle = await page.waitForSelector('[data-testid="app-frame-accord-sprint-readiness"]');
      expect(await frameHandle.getAttribute('title')).toBe('Check readiness');
      await page.keyboard.press('Escape');
    }
    await screenshot(page, 'board-light');

    await page.click('[data-testid="nav-app-accord-project-page"]');
    await page.waitForSelector('[data-testid="app-frame-accord-project-page"]');
    expect(await page.textContent('h1')).toBe('Risk & scope');

    await page.click('[data-testid="theme-toggle"]');
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.goto(`${sandbox.url}/browse/${ISSUE}`);
    await page.waitForSelector('[data-testid="issue-summary"]');
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-color-mode'))).toBe('dark');
    const background = await page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return w.getComputedStyle(w.document.body).backgroundColor;
    });
    expect(background).not.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'issue-view-dark');

    await page.click('[data-testid="sandbox-drawer-toggle"]');
    await page.waitForSelector('[data-testid="sandbox-drawer"]');
    await page.click('[data-testid="run-trigger-readiness-scan-hourly"]');
    await page.waitForSelector('[data-testid="trigger-results"]');
    expect(await page.textContent('[data-testid="trigger-results"]')).toContain('readiness-scan-hourly');
    await screenshot(page, 'sandbox-drawer-dark');

    const clockBefore = await page.textContent('[data-testid="sandbox-clock-now"]');
    await page.click('[data-testid="clock-advance-hour"]');
    await page.waitForFunction((before) => (globalThis as unknown as BrowserGlobals).document.querySelector('[data-testid="sandbox-clock-now"]')?.textContent !== before, clockBefore);

    await page.fill('[data-testid="fault-latency"]', '5');
    await page.click('[data-testid="apply-faults"]');
    await page.waitForSelector('text=Faults applied.');
    const state = await rest<{ faults: { latencyMs: number } }>('demo-pm', 'GET', '/__sandbox/api/state');
    expect(state.body.faults.latencyMs).toBe(5);
    await rest('demo-pm', 'PUT', '/__sandbox/api/faults', { latencyMs: 0 });
    await page.close();
  });

  it('completes the active sprint moving its open issues to the next one, then starts that one', async () => {
    type Sprint = { id: number; name: string; state: string };
    const sprints = async () => (await rest<{ values: Sprint[] }>('demo-pm', 'GET', '/rest/agile/1.0/board/1/sprint?state=active,future')).body.values;
    const [active, next] = await sprints();
    const page = await openAs('demo-pm', '/projects/ACC/boards/1');
    await page.waitForSelector(`[data-testid="complete-sprint-${active!.id}"]`);
    const openInActive = await page.locator(`[data-testid="sprint-${active!.id}"] [data-testid^="board-issue-"]`).count();
    await page.click(`[data-testid="complete-sprint-${active!.id}"]`);
    await page.waitForSelector('[data-testid="complete-sprint-modal"]');
    expect(await page.textContent('[data-testid="complete-to-next"]')).toBe(`Move them to ${next!.name}`);
    await page.click('[data-testid="complete-to-next"]');
    await page.waitForSelector(`[data-testid="start-sprint-${next!.id}"]`);
    expect(await page.locator(`[data-testid="sprint-${active!.id}"]`).count()).toBe(0);
    expect(await page.locator(`[data-testid="sprint-${next!.id}"] [data-testid^="board-issue-"]`).count()).toBeGreaterThan(0);
    await page.click(`[data-testid="start-sprint-${next!.id}"]`);
    await page.waitForSelector(`[data-testid="complete-sprint-${next!.id}"]`);
    expect((await sprints()).map((sprint) => [sprint.id, sprint.state])).toEqual([[next!.id, 'active']]);
    expect(openInActive).toBeGreaterThan(0);
    await page.close();
  });
});
