/**
 * The project page's tabs rendered in a real Chromium against a served sandbox, each run in a fresh browser
 * context (nothing cached). Two ways in:
 * - opened on the tab: the frame's URL names the tab (`#raid`, as the page keeps it), so the tab is the first
 *   thing the page renders. Timed from the frame's own navigation start to the moment the tab's content
 *   element appears (recorded inside the frame), and from the shell's navigation (the Jira page around it);
 * - switched to: the page opens on the Overview, and once its figures are in, the tab is clicked; timed from
 *   the click.
 * Counts the resolver invokes each render made. A tab that still shows its placeholder is reported as such.
 */
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import type { Sandbox } from '../../sandbox/server';
import { launchBrowser } from '../../test/e2e/browser';
import { PROJECT_PAGE } from './project-page-invoke';

/** The placeholder the page showed for a tab before it was built. */
const PLACEHOLDER = 'Not built yet.';
const TIMEOUT_MS = 20_000;

export interface TabTarget {
  tab: string;
  /** The test id of an element the tab renders from its resolver's answer (not its loading state). */
  content: string;
}

export interface RenderRun {
  /** Opened on the tab: frame navigation start → content (in the frame's clock); null when switched to. */
  frameToContentMs: number | null;
  /** Opened on the tab: the shell's navigation → content; switched to: the click → content. */
  wallMs: number;
  /** The app's function invocations the render made (each resolver call is one). */
  invokes: string[];
}

export interface TabRender {
  tab: string;
  content: string;
  openedOnTab: RenderRun[];
  switchedTo: RenderRun[];
  placeholder: boolean;
  error: string | null;
}

interface FrameGlobals {
  __benchFirstSeen?: Record<string, number>;
}

/**
 * In the app's frame only: remembers when each test id first appears, on the frame's own clock. A script
 * text, not a function: the TypeScript loader wraps named functions in a helper the page does not have.
 */
function firstSeenScript(testIds: string[]): string {
  return `(() => {
    if (!location.pathname.includes('/__sandbox/frames/')) return;
    const ids = ${JSON.stringify(testIds)};
    const seen = (window.__benchFirstSeen = {});
    new MutationObserver(() => {
      for (const id of ids) if (!(id in seen) && document.querySelector('[data-testid="' + id + '"]')) seen[id] = performance.now();
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

/** Invocations made since `marker` (the log is bounded, so its length cannot be the mark). */
function invokesSince(sandbox: Sandbox, marker: unknown): string[] {
  const all = sandbox.runtime.invocations();
  return all.slice(all.findIndex((i) => i === marker) + 1).filter((i) => i.moduleKey === PROJECT_PAGE).map((i) => i.functionKey);
}

async function openPage(browser: Browser, sandbox: Sandbox, accountId: string, testIds: string[], tab: string | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript((user) => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('accord-sandbox.user', user), accountId);
  await page.addInitScript({ content: firstSeenScript(testIds) });
  if (tab !== null) {
    // The shell learns each module's frame URL from the sandbox's state: name the tab in it.
    await page.route(`${sandbox.url}/__sandbox/api/state`, async (route) => {
      const response = await route.fetch();
      const state = (await response.json()) as { modules?: Array<{ key: string; frameUrl?: string | null }> };
      for (const module of state.modules ?? []) if (module.key === PROJECT_PAGE && module.frameUrl) module.frameUrl = `${module.frameUrl}#${tab}`;
      await route.fulfill({ response, json: state });
    });
  }
  return page;
}

const frameOf = (page: Page) => page.frameLocator(`[data-testid="app-frame-${PROJECT_PAGE}"]`);

async function waitForContent(page: Page, target: TabTarget): Promise<boolean> {
  const frame = frameOf(page);
  await frame.getByTestId(target.content).first().or(frame.getByText(PLACEHOLDER)).first().waitFor({ timeout: TIMEOUT_MS });
  return (await frame.getByTestId(target.content).count()) === 0;
}

async function openedOnTab(browser: Browser, sandbox: Sandbox, projectKey: string, accountId: string, target: TabTarget): Promise<RenderRun & { placeholder: boolean }> {
  const page = await openPage(browser, sandbox, accountId, [target.content], target.tab);
  try {
    const marker = sandbox.runtime.invocations().at(-1);
    const started = performance.now();
    await page.goto(`${sandbox.url}/projects/${projectKey}/apps/${PROJECT_PAGE}`);
    const placeholder = await waitForContent(page, target);
    const wallMs = performance.now() - started;
    const appFrame = page.frames().find((f) => f.url().includes('/__sandbox/frames/'));
    const seen = appFrame ? await appFrame.evaluate(() => (globalThis as unknown as FrameGlobals).__benchFirstSeen ?? {}) : {};
    return { frameToContentMs: seen[target.content] ?? null, wallMs, invokes: invokesSince(sandbox, marker), placeholder };
  } finally {
    await page.close();
  }
}

async function switchedTo(browser: Browser, sandbox: Sandbox, projectKey: string, accountId: string, target: TabTarget, overview: TabTarget): Promise<RenderRun & { placeholder: boolean }> {
  const page = await openPage(browser, sandbox, accountId, [target.content], null);
  try {
    await page.goto(`${sandbox.url}/projects/${projectKey}/apps/${PROJECT_PAGE}`);
    await waitForContent(page, overview);
    const marker = sandbox.runtime.invocations().at(-1);
    const started = performance.now();
    await frameOf(page).getByTestId(`tab-${target.tab}`).click();
    const placeholder = await waitForContent(page, target);
    return { frameToContentMs: null, wallMs: performance.now() - started, invokes: invokesSince(sandbox, marker), placeholder };
  } finally {
    await page.close();
  }
}

/** `targets[0]` is the tab the page opens on (the Overview). */
export async function measureTabRenders(sandbox: Sandbox, projectKey: string, accountId: string, targets: readonly TabTarget[], runsPerTab: number): Promise<TabRender[]> {
  const browser = await launchBrowser();
  const overview = targets[0]!;
  try {
    const out: TabRender[] = [];
    for (const target of targets) {
      const render: TabRender = { tab: target.tab, content: target.content, openedOnTab: [], switchedTo: [], placeholder: false, error: null };
      try {
        for (let i = 0; i < runsPerTab && !render.placeholder; i += 1) {
          const { placeholder, ...run } = await openedOnTab(browser, sandbox, projectKey, accountId, target);
          render.placeholder = placeholder;
          render.openedOnTab.push(run);
        }
        for (let i = 0; i < runsPerTab && !render.placeholder && target !== overview; i += 1) {
          const { placeholder, ...run } = await switchedTo(browser, sandbox, projectKey, accountId, target, overview);
          render.placeholder = placeholder;
          render.switchedTo.push(run);
        }
      } catch (error) {
        render.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      }
      out.push(render);
    }
    return out;
  } finally {
    await browser.close();
  }
}
