/**
 * Browser harness for end-to-end tests: a headless Chromium driven by playwright-core. The browser
 * binary comes from @sparticuz/chromium (unpacked from the npm package); its default flags are
 * tuned for AWS Lambda, so plain headless flags are passed instead. A system Chromium is the fallback.
 * Every page a test opens (browser.newPage) records its Content-Security-Policy violations (csp-violations.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sparticuzChromium from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { watchCspViolations } from './csp-violations';

const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

/**
 * browser.newPage, but with the page's context watched for CSP violations before the page exists, so that
 * the first document of every frame is watched too. Closing the page closes its context, as newPage does.
 */
function watchEveryPage(browser: Browser): Browser {
  const newPage: Browser['newPage'] = async (options) => {
    const context = await browser.newContext(options);
    await watchCspViolations(context);
    const page = await context.newPage();
    page.once('close', () => {
      void context.close().catch(() => undefined);
    });
    return page;
  };
  return Object.assign(browser, { newPage });
}

async function launchWith(executablePath: string): Promise<Browser> {
  return watchEveryPage(await chromium.launch({ executablePath, headless: true, args: HEADLESS_ARGS }));
}

/** Launches headless Chromium; throws one error naming every binary tried when none starts. */
export async function launchBrowser(): Promise<Browser> {
  const failures: string[] = [];
  try {
    return await launchWith(await sparticuzChromium.executablePath());
  } catch (error) {
    failures.push(`@sparticuz/chromium: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  for (const candidate of SYSTEM_CHROMIUMS.filter((file) => existsSync(file))) {
    try {
      return await launchWith(candidate);
    } catch (error) {
      failures.push(`${candidate}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  throw new Error(`No Chromium could be launched for the browser tests.\n${failures.join('\n')}`);
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
