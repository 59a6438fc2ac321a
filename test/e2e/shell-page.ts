/**
 * Opening a page of the sandbox shell as a user, in a theme, and waiting for what an app frame shows: what every
 * browser test of the app's pages does first. A wait that times out says what the frame showed instead, with a
 * screenshot named after it.
 */
import type { Browser, BrowserContextOptions, FrameLocator, Locator, Page } from 'playwright-core';
import { screenshot } from './browser';

interface BrowserGlobals {
  localStorage: { setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

export interface ShellPageOptions {
  theme?: 'light' | 'dark';
  /** Browser permissions for the page's context (clipboard-read, ...). */
  permissions?: string[];
  /** Runs before the first navigation (to listen to events, say). */
  prepare?: (page: Page) => void;
}

/** A new page (its own context) signed in as `accountId`, at `pathname` of the shell at `baseUrl`. */
export async function openShellPage(browser: Browser, baseUrl: string, accountId: string, pathname: string, options: ShellPageOptions = {}): Promise<Page> {
  const context: BrowserContextOptions = { viewport: { width: 1400, height: 1000 }, acceptDownloads: true, ...(options.permissions ? { permissions: options.permissions } : {}) };
  const page = await browser.newPage(context);
  options.prepare?.(page);
  // Set once per tab: a test may switch user or theme in the shell afterwards, and reloads keep its choice.
  await page.addInitScript(
    ([user, mode]) => {
      const w = globalThis as unknown as BrowserGlobals;
      if (!w.sessionStorage.getItem('e2e-initialised')) {
        w.localStorage.setItem('accord-sandbox.user', user as string);
        w.localStorage.setItem('accord-sandbox.theme', mode as string);
        w.sessionStorage.setItem('e2e-initialised', '1');
      }
    },
    [accountId, options.theme ?? 'light'] as const,
  );
  await page.goto(`${baseUrl}${pathname}`);
  return page;
}

/** The frame of a Custom UI module in the shell. */
export const appFrame = (page: Page, moduleKey: string): FrameLocator => page.frameLocator(`[data-testid="app-frame-${moduleKey}"]`);

/** Waits for an element in a module's frame; on timeout, fails saying what the frame shows instead. */
export async function waitInAppFrame(page: Page, moduleKey: string, testId: string, timeout = 30_000): Promise<void> {
  try {
    await appFrame(page, moduleKey).getByTestId(testId).first().waitFor({ timeout });
  } catch (error) {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    const read = (target: { evaluate<T>(fn: () => T): Promise<T> } | undefined) =>
      target ? target.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.slice(0, 800)).catch((e: unknown) => String(e)) : Promise.resolve('(no frame)');
    await screenshot(page, `failed-${moduleKey}-${testId}`);
    throw new Error(`"${testId}" did not appear in ${moduleKey}.\nFrame shows: ${await read(frame)}\nShell shows: ${await read(page.mainFrame())}\n${String(error)}`);
  }
}

/**
 * Clicks an element of an app frame after scrolling it to the middle of the window. Playwright checks what
 * receives a click only inside the frame's own document, so an element scrolled under the shell's fixed top bar
 * would give the bar the click, silently.
 */
export async function clickInFrame(target: Locator): Promise<void> {
  await target.evaluate((element) => (element as unknown as { scrollIntoView(options: { block: string }): void }).scrollIntoView({ block: 'center' }));
  await target.click();
}
