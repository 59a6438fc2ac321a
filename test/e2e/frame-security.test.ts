/**
 * The Custom UI frames as Forge serves them, in a real browser: from an origin (and site) of their own, with
 * Forge's iframe sandbox and allow attributes and the Content-Security-Policy of this manifest, talking to the
 * shell only across those two origins.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_PATH } from '../../sandbox/config';
import { loadManifest } from '../../sandbox/runtime/manifest';
import { contentSecurityPolicy } from '../../sandbox/runtime/content-security-policy';
import { keyOf } from '../support/seed-tickets';
import { launchBrowser } from './browser';
import { takeCspViolations } from './csp-violations';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';

const PANEL = 'accord-issue-panel';

interface FrameState {
  frames: { origin: string; sandbox: string; allow: string };
  modules: Array<{ key: string; frameUrl: string }>;
}

/** The browser globals the page scripts below touch (the test project is typed for Node, without DOM). */
interface BrowserGlobals {
  location: { origin: string };
  document: { createElement(tag: string): { textContent: string }; head: { appendChild(node: unknown): void } };
  open(url: string): unknown;
  __inlineRan?: boolean;
  parent: { document: { title: string }; postMessage(message: unknown, targetOrigin: string): void };
  localStorage: { setItem(key: string, value: string): void };
}

let sandbox: RunningSandbox;
let browser: Browser;
let state: FrameState;
let ISSUE: string;

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-frames-e2e-');
  ISSUE = await keyOf(sandbox.url, 'login-email');
  state = (await (await fetch(`${sandbox.url}/__sandbox/api/state`)).json()) as FrameState;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

async function openIssue(): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => (globalThis as unknown as BrowserGlobals).localStorage.setItem('accord-sandbox.user', 'demo-po'));
  await page.goto(`${sandbox.url}/browse/${ISSUE}`);
  const handle = await page.waitForSelector(`[data-testid="app-frame-${PANEL}"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The issue panel iframe has no frame');
  await frame.waitForSelector('[data-testid="issue-panel"]');
  return { page, frame };
}

/** A bridge call posted straight to the shell from the frame's window, as a message with any target. */
function postShowFlag(frame: Frame, title: string): Promise<void> {
  return frame.evaluate((flagTitle) => {
    const message = { accordBridge: 1, kind: 'call', id: 9001, name: 'showFlag', payload: { id: flagTitle, title: flagTitle, type: 'info' } };
    (globalThis as unknown as BrowserGlobals).parent.postMessage(message, '*');
  }, title);
}

describe('frames on their own origin', () => {
  it("serve every frame from an origin and site that are not the shell's, with the policy for manifest.yml", async () => {
    const shell = new URL(sandbox.url);
    const frames = new URL(state.frames.origin);
    expect(frames.origin).not.toBe(shell.origin);
    expect(frames.hostname).not.toBe(shell.hostname);
    expect(state.modules.length).toBeGreaterThan(0);
    for (const module of state.modules) {
      expect(new URL(module.frameUrl).origin, module.key).toBe(frames.origin);
      const response = await fetch(module.frameUrl);
      expect(response.status, module.key).toBe(200);
      const html = await response.text();
      const expected = contentSecurityPolicy({ manifest: loadManifest(MANIFEST_PATH), html, siteOrigin: sandbox.url, reportUri: `${frames.origin}/__sandbox/csp-report` });
      expect(response.headers.get('content-security-policy'), module.key).toBe(expected);
    }
    // The shell's origin no longer serves frames.
    expect((await fetch(`${sandbox.url}/__sandbox/frames/issue-panel/index.html`)).status).toBe(404);
  });

  it("embeds the frame with Forge's sandbox and allow attributes; the frame cannot reach into the shell", async () => {
    const { page, frame } = await openIssue();
    const iframe = page.locator(`[data-testid="app-frame-${PANEL}"]`);
    expect(await iframe.getAttribute('sandbox')).toBe('allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts');
    expect(await iframe.getAttribute('allow')).toBe('camera; clipboard-write; display-capture; fullscreen; microphone');
    expect(await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).location.origin)).toBe(state.frames.origin);
    const reach = await frame.evaluate(() => {
      try {
        return (globalThis as unknown as BrowserGlobals).parent.document.title;
      } catch (error) {
        return error instanceof Error ? error.name : String(error);
      }
    });
    expect(reach).toBe('SecurityError');
    await page.close();
  });

  it('the shell answers bridge messages from the frame origin only', async () => {
    const { page, frame } = await openIssue();
    await postShowFlag(frame, 'Posted from the frame origin');
    await page.getByText('Posted from the frame origin').waitFor();

    // The same registered frame window, navigated to a page on the shell's origin: its messages are ignored.
    await frame.goto(`${sandbox.url}/__sandbox/api/state`);
    expect(await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).location.origin)).toBe(new URL(sandbox.url).origin);
    await postShowFlag(frame, 'Posted from another origin');
    await page.waitForTimeout(1500);
    expect(await page.getByText('Posted from another origin').count()).toBe(0);
    await page.close();
  });
});

describe('the policy is enforced', () => {
  it('refuses an inline script in a frame, and the browser reports it to the sandbox', async () => {
    const before = ((await (await fetch(`${sandbox.url}/__sandbox/api/csp-reports`)).json()) as unknown[]).length;
    const { page, frame } = await openIssue();
    const ran = await frame.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      const script = w.document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      w.document.head.appendChild(script);
      return w.__inlineRan === true;
    });
    expect(ran).toBe(false);
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...takeCspViolations().map((v) => v.detail)), seen.join('\n')), { timeout: 5000 }).toMatch(/script-src-elem blocked inline/);

    // report-uri: the frame's browser posts the violation to the frame listener, the control API lists it.
    type Report = { documentUri: string; effectiveDirective: string; blockedUri: string };
    const reports = async () => ((await (await fetch(`${sandbox.url}/__sandbox/api/csp-reports`)).json()) as Report[]).slice(before);
    await expect.poll(reports, { timeout: 10_000 }).toContainEqual(expect.objectContaining({ effectiveDirective: 'script-src-elem', blockedUri: 'inline' }));
    const [report] = await reports();
    expect(report?.documentUri).toBe(state.modules.find((m) => m.key === PANEL)?.frameUrl);
    await page.close();
    takeCspViolations();
  });

  it('refuses eval, which manifest.yml does not allow, and popups, which Forge blocks without fetch.client *', async () => {
    const { page, frame } = await openIssue();
    // Code the test evaluates is exempt from the page's CSP; a timer runs it as the page's own code.
    const evaluated = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          setTimeout(() => {
            try {
              resolve(String((0, eval)('1 + 1')));
            } catch (error) {
              resolve(error instanceof Error ? error.name : String(error));
            }
          }, 0);
        }),
    );
    expect(evaluated).toBe('EvalError');
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...takeCspViolations().map((v) => v.detail)), seen.join('\n')), { timeout: 5000 }).toMatch(/script-src blocked eval/);
    expect(await frame.evaluate(() => (globalThis as unknown as BrowserGlobals).open('about:blank') === null)).toBe(true);
    await page.close();
  });

  it('lets the pages run under it with no violation (every browser test checks this after it ends)', async () => {
    const { page } = await openIssue();
    await page.waitForTimeout(500);
    expect(takeCspViolations()).toEqual([]);
    await page.close();
  });
});
