/**
 * HTML and script in every text a person can type, rendered inert in the browser: issue summaries, sprint and
 * version names (Jira's texts the pages show), acceptance criteria, a decision's feedback, the settings' vague
 * words, the RAID register's texts and their history. Each page of the app is opened in Chromium inside the sandbox shell:
 * nothing of it may run (no handler fires, no element is made from it, no Content-Security-Policy violation,
 * which fails every browser test by itself), and the text must be shown as the person typed it.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPRINT_IDS } from '../../sandbox/seed/site-layout';
import { keysOf } from '../support/seed-tickets';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';

/** What a hostile or careless person types; each would run if a page put it into the DOM as HTML. */
const IMG = `<img src=x onerror="window.__accordXss='img'">`;
const SVG = `<svg onload="window.__accordXss='svg'"></svg>`;
const SCRIPT = `<script>window.__accordXss='script'</script>`;
const LINK = `<a href="javascript:window.__accordXss='link'">open</a>`;
/** A vague word starts with a letter and has at most 60 characters. */
const VAGUE = `a<img src=x onerror="window.__accordXss=1">`;
/** Sprint names are at most 30 characters. */
const SHORT = '<b onclick=x>S</b>';

let sandbox: RunningSandbox;
let browser: Browser;
let issueKey: string;
/** The planted risk's label in the register (R-n). */
let riskLabel: string;
const placed: string[] = [];

interface Globals {
  localStorage: { setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

async function rest(method: string, path: string, body?: unknown, user?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(user ? { 'X-Sandbox-User': user } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function invoke<T>(user: string, moduleKey: string, functionKey: string, payload: unknown, extension: Record<string, unknown>): Promise<T> {
  const { body } = await rest('POST', '/__sandbox/api/invoke', { moduleKey, functionKey, payload, extension }, user);
  const answer = body as { ok: boolean; body?: { ok: boolean; data?: T; error?: { message: string } }; message?: string };
  if (!answer.ok || !answer.body?.ok) throw new Error(`${functionKey}: ${answer.message ?? answer.body?.error?.message}`);
  return answer.body.data as T;
}

async function project(key: string): Promise<{ id: string; key: string; type: string }> {
  const { body } = await rest('GET', `/rest/api/3/project/${key}`);
  return { id: String((body as { id: string }).id), key, type: 'software' };
}

/** Puts the hostile texts everywhere a person can type one, through Jira and through the app's own resolvers. */
async function plantEverywhere(): Promise<void> {
  [issueKey] = await keysOf(sandbox.url, ['dark-mode']);
  const acc = await project('ACC');
  // Every ticket of the project: its summary is shown on every tab, in the panel's findings and the sprint action.
  let token: string | undefined;
  const issues: Array<{ key: string; fields: { summary: string } }> = [];
  do {
    const page = (await rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC ORDER BY key', fields: ['summary'], maxResults: 100, nextPageToken: token })).body as { issues: typeof issues; nextPageToken?: string };
    issues.push(...page.issues);
    token = page.nextPageToken;
  } while (token);
  for (const issue of issues) expect((await rest('PUT', `/rest/api/3/issue/${issue.key}`, { fields: { summary: `${issue.fields.summary} ${IMG}` } }, 'demo-pm')).status).toBe(204);
  placed.push('summaries');
  const description = `The page loads fast ${SCRIPT}\n\n## Acceptance criteria\n- Colours follow the theme ${SVG}\n- Links work ${LINK}`;
  expect((await rest('PUT', `/rest/api/3/issue/${issueKey}`, { fields: { description } }, 'demo-po')).status).toBe(204);
  placed.push('description');

  for (const id of [DEMO_SPRINT_IDS.future, DEMO_SPRINT_IDS.active]) expect((await rest('POST', `/rest/agile/1.0/sprint/${id}`, { name: `${id} ${SHORT}` }, 'demo-pm')).status).toBe(200);
  placed.push('sprint names');
  const versions = (await rest('GET', '/rest/api/3/project/ACC/versions')).body as Array<{ id: string; name: string }>;
  for (const version of versions) expect((await rest('PUT', `/rest/api/3/version/${version.id}`, { name: `${version.name} ${SVG}` }, 'demo-pm')).status).toBe(200);
  placed.push('version names');

  const issueExtension = await (async () => {
    const { body } = await rest('GET', `/rest/api/3/issue/${issueKey}?fields=project,issuetype`);
    const issue = body as { id: string; key: string; fields: { issuetype: { id: string; name: string } } };
    return { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id }, project: acc };
  })();
  const view = await invoke<{ version: number | null; contentHash: string }>('demo-po', 'accord-issue-panel', 'saveCriteria', { version: null, criteria: [{ text: `Dark mode follows the system ${IMG}` }, { text: `Given ${SCRIPT}\nWhen I open ${LINK}\nThen nothing runs ${SVG}` }] }, issueExtension);
  await invoke('demo-po', 'accord-issue-panel', 'requestChanges', { version: view.version, contentHash: view.contentHash, feedback: `Please check ${IMG} and ${SCRIPT}` }, issueExtension);
  placed.push('criteria', 'feedback');

  const settingsExtension = { type: 'jira:projectSettingsPage', project: acc };
  const settings = await invoke<{ version: number | null; settings: { rubric: { vagueTerms: string[] } } }>('demo-pm', 'accord-project-settings', 'getSettings', {}, settingsExtension);
  await invoke('demo-pm', 'accord-project-settings', 'saveSettings', { version: settings.version, settings: { rubric: { vagueTerms: [...settings.settings.rubric.vagueTerms, VAGUE] } } }, settingsExtension);
  placed.push('vague words');

  const page = { type: 'jira:projectPage', project: acc };
  type Register = { items: Array<{ label: string; item: { id: string; title: string; version: number } }> };
  const created = await invoke<Register>('demo-pm', 'accord-project-page', 'createRaidItem', { item: { kind: 'risk', title: `Vendor may slip ${IMG}`, description: `Because ${SCRIPT}`, cause: SVG, actions: LINK, likelihood: 5, impact: 5 } }, page);
  const risk = created.items.find((i) => i.item.title === `Vendor may slip ${IMG}`)!;
  riskLabel = risk.label;
  // A change, so the item's history shows the old and the new text.
  await invoke('demo-pm', 'accord-project-page', 'updateRaidItem', { itemId: risk.item.id, patch: { version: risk.item.version, category: `Supply ${SVG}`.slice(0, 60), trigger: `Late ${IMG}` } }, page);
  await invoke('demo-pm', 'accord-project-page', 'createRaidItem', { item: { kind: 'decision', title: `Ship dark mode first ${SVG}`, rationale: IMG } }, page);
  placed.push('RAID texts');
  // A fresh snapshot, so the tabs show the planted names.
  await invoke('demo-pm', 'accord-project-page', 'refreshSnapshot', {}, page);
  for (let waited = 0; (await invoke<{ status: { refreshing: boolean } }>('demo-pm', 'accord-project-page', 'getScope', {}, page)).status.refreshing; waited += 1) {
    if (waited > 120) throw new Error('the snapshot did not finish within a minute');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function openAs(accountId: string, pathname: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript(
    ([user]) => {
      const w = globalThis as unknown as Globals;
      if (!w.sessionStorage.getItem('inert-e2e')) {
        w.localStorage.setItem('accord-sandbox.user', user as string);
        w.localStorage.setItem('accord-sandbox.theme', 'light');
        w.sessionStorage.setItem('inert-e2e', '1');
      }
    },
    [accountId] as const,
  );
  await page.goto(`${sandbox.url}${pathname}`);
  return page;
}

/** The app's frame of a module, once it has rendered. */
async function appFrame(page: Page, moduleKey: string): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="app-frame-${moduleKey}"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${moduleKey}`);
  return frame;
}

/** What the frame shows as text, and whatever the planted texts could have made run or exist. */
async function inspect(frame: Frame): Promise<{ text: string; ran: unknown; made: string[] }> {
  return frame.evaluate(() => {
    type Element = { outerHTML: string; textContent: string | null; tagName: string };
    const d = (globalThis as unknown as { document: { body: { innerText: string }; querySelectorAll(s: string): ArrayLike<Element> } }).document;
    const live = Array.from(d.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], [onclick], a[href^="javascript:"]'));
    const scripts = Array.from(d.querySelectorAll('script')).filter((e) => (e.textContent ?? '').includes('__accordXss'));
    return { text: d.body.innerText, ran: (globalThis as unknown as { __accordXss?: unknown }).__accordXss, made: [...live, ...scripts].map((e) => e.outerHTML.slice(0, 200)) };
  });
}

/**
 * Waits until the frame shows the planted texts (all of `visible`, or at least one of them when a tab shows only
 * some), then checks that nothing planted is live in it.
 */
async function expectInert(frame: Frame, visible: string[], where: string, mode: 'all' | 'some' = 'all'): Promise<void> {
  const shown = (text: string) => (mode === 'all' ? visible.every((v) => text.includes(v)) : visible.some((v) => text.includes(v)));
  await expect.poll(async () => shown((await inspect(frame)).text), { timeout: 30_000, message: `${where} shows the planted text as text` }).toBe(true);
  const seen = await inspect(frame);
  expect(seen.ran, `${where}: a planted script ran`).toBeUndefined();
  expect(seen.made, `${where}: elements made from planted text`).toEqual([]);
}

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-inert-e2e-');
  browser = await launchBrowser();
  await plantEverywhere();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('text people type is shown as text, never run', () => {
  it('in the issue panel: criteria, Given/When/Then steps, feedback and history, findings quoting the description', async () => {
    const page = await openAs('demo-po', `/browse/${issueKey}`);
    const frame = await appFrame(page, 'accord-issue-panel');
    await frame.waitForSelector('[data-testid="criterion-row"]');
    await expectInert(frame, [IMG, SCRIPT, LINK, SVG, 'Please check'], 'the issue panel');
    // The probe finds what a page would make of planted text: an element made on purpose is found, then removed.
    type Doc = { createElement(tag: string): { setAttribute(k: string, v: string): void; remove(): void }; body: { append(e: unknown): void } };
    const probe = await frame.evaluateHandle(() => {
      const d = (globalThis as unknown as { document: Doc }).document;
      const img = d.createElement('img');
      img.setAttribute('src', 'x');
      d.body.append(img);
      return img;
    });
    expect((await inspect(frame)).made).toHaveLength(1);
    await probe.evaluate((img) => img.remove());
    expect((await inspect(frame)).made).toEqual([]);
    await screenshot(page, 'inert-text-issue-panel');
    await page.close();
  });

  it('in the sprint action: the tickets of the sprint', async () => {
    const page = await openAs('demo-pm', '/projects/ACC/boards/1');
    await page.getByTestId(`sprint-actions-${DEMO_SPRINT_IDS.future}`).click();
    await page.getByTestId('sprint-action-accord-sprint-readiness').click();
    const frame = await appFrame(page, 'accord-sprint-readiness');
    await frame.waitForSelector('[data-testid="readiness-row"]');
    await expectInert(frame, [IMG, SHORT], 'the sprint action');
    await page.close();
  });

  it('on the settings page: the vague words', async () => {
    const page = await openAs('demo-pm', '/projects/ACC/settings/apps/accord-project-settings');
    const frame = await appFrame(page, 'accord-project-settings');
    await frame.waitForSelector('[data-testid="rubric-table"]');
    const values = await frame.locator('textarea, input[type="text"]').evaluateAll((fields) => fields.map((f) => (f as unknown as { value: string }).value));
    expect(values.some((v) => v.includes(VAGUE)), 'the vague word is in its field as typed').toBe(true);
    const seen = await inspect(frame);
    expect(seen.ran).toBeUndefined();
    expect(seen.made).toEqual([]);
    await page.close();
  });

  it('on every tab of the project page: summaries, sprint and version names, RAID titles', async () => {
    const page = await openAs('demo-pm', '/projects/ACC/apps/accord-project-page');
    const frame = await appFrame(page, 'accord-project-page');
    const expected: Record<string, string[]> = {
      overview: [IMG, SVG],
      scope: [IMG, SHORT],
      hours: [IMG],
      milestones: [SVG, IMG],
      readiness: [IMG, SHORT],
    };
    for (const [tab, visible] of Object.entries(expected)) {
      await frame.waitForSelector(`[data-testid="tab-${tab}"]`);
      await frame.click(`[data-testid="tab-${tab}"]`);
      await expectInert(frame, visible, `the ${tab} tab`, 'some');
      await screenshot(page, `inert-text-${tab}`);
    }
    await page.close();
  });

  it('on the RAID tab: the register, an item\'s details and its history', async () => {
    const page = await openAs('demo-pm', '/projects/ACC/apps/accord-project-page');
    const frame = await appFrame(page, 'accord-project-page');
    await frame.waitForSelector('[data-testid="tab-raid"]');
    await frame.click('[data-testid="tab-raid"]');
    await frame.waitForSelector('[data-testid="raid-register"]');
    await expectInert(frame, [IMG, SVG], 'the RAID register');
    await frame.click(`[data-testid="raid-open-${riskLabel}"]`);
    await frame.waitForSelector('[data-testid="raid-item-detail"]');
    await frame.waitForSelector('[data-testid="raid-history-entry"]');
    await expectInert(frame, [IMG, SCRIPT, SVG, LINK], "the item's details and history");
    await screenshot(page, 'inert-text-raid-item');
    await page.close();
  });
});

describe('what was planted', () => {
  it('reached every place it was meant for', () => {
    expect(placed).toEqual(['summaries', 'description', 'sprint names', 'version names', 'criteria', 'feedback', 'vague words', 'RAID texts']);
  });
});
