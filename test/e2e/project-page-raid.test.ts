/**
 * The RAID tab of the project page "Risk & scope" in a real browser, inside the sandbox shell against the real
 * backend: adding a risk and finding it on the heat map, a cell filtering the register, editing the residual
 * values, the item's history, a conflicting save that keeps the person's edits, promoting a detected risk after
 * a snapshot, the CSV export, the server's limit message on its field, and the read-only register of a
 * developer when only admins may edit. Screenshots (light and dark, and the dialog) go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAID_CSV_HEADER } from '../../src/domain/raid/raid-csv';
import type { RaidItem } from '../../src/domain/raid/raid-item';
import { changedFields, createInput, draftOf, draftProblems, editedFields, emptyDraft, issueKeys, patchOf, rebasedDraft, serverProblems } from '../../static/pages/project-page/src/tabs/raid/item/item-draft';
import { keysOf } from '../support/seed-tickets';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';
import { appFrame, clickInFrame, openShellPage, waitInAppFrame } from './shell-page';

const PROJECT_PAGE = '/projects/ACC/apps/accord-project-page';
const MODULE = 'accord-project-page';


let sandbox: RunningSandbox;
let browser: Browser;

const openAs = (accountId: string, theme: 'light' | 'dark' = 'light', pathname = PROJECT_PAGE): Promise<Page> => openShellPage(browser, sandbox.url, accountId, pathname, { theme });
const frameOf = (page: Page): FrameLocator => appFrame(page, MODULE);
const waitInFrame = (page: Page, testId: string, timeout = 30_000): Promise<void> => waitInAppFrame(page, MODULE, testId, timeout);

async function openRaidTab(accountId: string, theme: 'light' | 'dark' = 'light', pathname = PROJECT_PAGE): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await openAs(accountId, theme, pathname);
  await waitInFrame(page, 'tab-raid');
  await frameOf(page).getByTestId('tab-raid').click();
  await waitInFrame(page, 'raid-summary');
  return { page, frame: frameOf(page) };
}

/** Picks an option of a react-select (Atlaskit Select) by typing into it and choosing the option named. */
async function choose(frame: FrameLocator, inputId: string, typed: string, option: string): Promise<void> {
  const input = frame.locator(`#${inputId}`);
  await input.click();
  await input.fill(typed);
  await frame.getByRole('option', { name: option, exact: true }).click();
}

/** The number of risks a heat-map cell shows (an empty cell shows none). */
async function cellCount(frame: FrameLocator, likelihood: number, impact: number): Promise<number> {
  const text = (await frame.getByTestId(`raid-heat-cell-${likelihood}-${impact}`).first().textContent()) ?? '';
  const n = Number.parseInt(text, 10);
  return Number.isNaN(n) ? 0 : n;
}

/** Picks an option of a select that is not searchable: open it, click the option. */
async function pick(frame: FrameLocator, testId: string, option: string): Promise<void> {
  await frame.getByTestId(`${testId}-select--container`).click();
  await frame.getByRole('option', { name: option, exact: true }).click();
}

/** The register row of an item, by its label. */
const rowLabelled = (frame: FrameLocator, label: string) => frame.getByTestId('raid-row').filter({ has: frame.getByTestId(`raid-open-${label}`) });

/** The register row of an item, by its title. */
const rowOf = (frame: FrameLocator, title: string) => frame.getByTestId('raid-row').filter({ hasText: title });

/** The label of the register row with this title. */
async function labelOf(frame: FrameLocator, title: string): Promise<string> {
  const text = (await rowOf(frame, title).first().locator('td').first().textContent()) ?? '';
  const label = /[RAID]-\d+/u.exec(text)?.[0];
  if (!label) throw new Error(`No register row titled "${title}" with a label (row starts "${text}")`);
  return label;
}

async function projectExtension(): Promise<{ type: string; project: { id: string; key: string; type: string } }> {
  const response = await fetch(`${sandbox.url}/rest/api/3/project/ACC`);
  const project = (await response.json()) as { id: string; key: string };
  return { type: 'jira:projectPage', project: { id: String(project.id), key: project.key, type: 'software' } };
}

/** Calls a resolver as a user, as another browser would. */
async function invokeAs<T>(accountId: string, moduleKey: string, functionKey: string, payload: unknown): Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }> {
  const extension = await projectExtension();
  const response = await fetch(`${sandbox.url}/__sandbox/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-user': accountId },
    body: JSON.stringify({ moduleKey, functionKey, payload, extension: moduleKey === MODULE ? extension : { ...extension, type: 'jira:projectSettingsPage' } }),
  });
  return ((await response.json()) as { body: { ok: boolean; data: T; error?: { code: string; message: string } } }).body;
}

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-raid-e2e-');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

const risk = (over: Partial<Extract<RaidItem, { kind: 'risk' }>> = {}): RaidItem => ({
  id: 'R-1',
  number: 1,
  kind: 'risk',
  title: 'Supplier late',
  description: '',
  owner: 'milo',
  linkedIssues: ['ACC-1'],
  createdAt: '2026-11-02T09:00:00.000Z',
  createdBy: 'milo',
  updatedAt: '2026-11-02T09:00:00.000Z',
  updatedBy: 'milo',
  version: 3,
  status: 'open',
  cause: '',
  category: 'schedule',
  likelihood: 4,
  impact: 5,
  score: 20,
  response: null,
  actions: '',
  trigger: '',
  dueDate: null,
  nextReviewDate: '2026-11-20',
  residualLikelihood: null,
  residualImpact: null,
  residualScore: null,
  ...over,
});

describe('the RAID form (pure parts of the tab)', () => {
  it('reads issue keys as typed, upper-cased and once, and names what is not a key', () => {
    expect(issueKeys('acc-12, ACC-15 acc-12;OPS-3\nnope ACC-0')).toEqual({ keys: ['ACC-12', 'ACC-15', 'OPS-3'], invalid: ['nope', 'ACC-0'] });
    expect(draftProblems({ ...emptyDraft('risk'), title: 'x', likelihood: 2, impact: 3, linkedIssues: 'ACC-1 nope' }).linkedIssues).toContain('"nope" is not an issue key');
  });

  it('asks for a title, likelihood and impact, and residual values in pairs, before sending', () => {
    expect(Object.keys(draftProblems(emptyDraft('risk'))).sort()).toEqual(['impact', 'likelihood', 'title']);
    expect(draftProblems({ ...emptyDraft('risk'), title: 'x', likelihood: 2, impact: 3, residualLikelihood: 1 })).toEqual({ residualImpact: expect.stringContaining('set both or neither') });
    expect(draftProblems({ ...emptyDraft('decision'), title: ' ' }).title).toBe('Say what was decided.');
    expect(draftProblems({ ...emptyDraft('issue'), title: 'Printer broken' })).toEqual({});
  });

  it('sends a new item with its own kind\'s fields only, and a patch of the changed fields with the version read', () => {
    const input = createInput({ ...emptyDraft('assumption'), title: 'Client signs in May', validateBy: '2026-05-01', cause: 'ignored for an assumption' });
    expect(input).toEqual({ kind: 'assumption', title: 'Client signs in May', status: 'unvalidated', validateBy: '2026-05-01', owner: null, description: '', linkedIssues: [] });
    const base = risk();
    const draft = draftOf(base, [{ accountId: 'milo', displayName: 'Milo Manager' }]);
    expect(patchOf(draft, base)).toEqual({ version: 3 });
    expect(patchOf({ ...draft, residualLikelihood: 2, residualImpact: 3, nextReviewDate: '', linkedIssues: 'acc-1, ACC-7' }, base)).toEqual({
      version: 3,
      residualLikelihood: 2,
      residualImpact: 3,
      nextReviewDate: null,
      linkedIssues: ['ACC-1', 'ACC-7'],
    });
  });

  it('after someone else saved first, lays the edits made here over their version', () => {
    const read = risk();
    const theirs = risk({ impact: 3, score: 12, status: 'mitigating', category: 'budget', version: 4 });
    const draft = { ...draftOf(read, []), category: 'scope', trigger: 'The buyer asks for our volumes.' };
    expect(editedFields(draft, read)).toEqual(['category', 'trigger']);
    const rebased = rebasedDraft(draft, read, theirs, []);
    expect(rebased).toMatchObject({ impact: 3, status: 'mitigating', category: 'scope', trigger: 'The buyer asks for our volumes.' });
    expect(patchOf(rebased, theirs)).toEqual({ version: 4, category: 'scope', trigger: 'The buyer asks for our volumes.' });
  });

  it('tells which fields someone else changed, and puts each server message on its field', () => {
    expect(changedFields(risk(), risk({ impact: 3, score: 12, status: 'mitigating', version: 4 }))).toEqual(['status', 'impact']);
    const refused = serverProblems({ fields: [{ field: 'item.title', message: 'The title has 201 characters; the limit is 200. Shorten it by 1.' }, { field: 'input', message: 'Something else.' }] }, 'risk');
    expect(refused).toEqual({ fields: { title: 'The title has 201 characters; the limit is 200. Shorten it by 1.' }, other: ['Something else.'] });
    expect(serverProblems({ fields: [{ field: 'cause', message: 'Too long.' }] }, 'decision')).toEqual({ fields: {}, other: ['Too long.'] });
    expect(serverProblems(undefined, 'risk')).toEqual({ fields: {}, other: [] });
  });
});

describe('the RAID tab in the sandbox shell', () => {
  const title = 'Payment provider may end the contract before go-live';
  let label = '';

  it('adds a risk with likelihood 4 and impact 5, finds it in the heat-map cell (4, 5), and the cell filters the register', async () => {
    const [linked] = await keysOf(sandbox.url, ['invoice-search']);
    const { page, frame } = await openRaidTab('demo-pm');
    const before = await cellCount(frame, 4, 5);

    await frame.getByTestId('raid-add').click();
    await waitInFrame(page, 'raid-item-dialog');
    await frame.getByTestId('raid-field-title').fill(title);
    await choose(frame, 'raid-field-likelihood', '4', '4 – Likely');
    await choose(frame, 'raid-field-impact', '5', '5 – Severe');
    expect(await frame.getByTestId('raid-score-preview').textContent()).toContain('20');
    await choose(frame, 'raid-field-owner', 'Milo', 'Milo Manager');
    await frame.getByTestId('raid-field-cause').fill('The provider is being bought; the buyer reviews every contract.');
    await frame.getByTestId('raid-field-linkedIssues').fill(linked.toLowerCase());
    await screenshot(page, 'raid-dialog-light');
    await frame.getByTestId('raid-save').click();
    await frame.getByTestId('raid-item-dialog').waitFor({ state: 'detached' });

    expect(await frame.getByTestId('raid-announcement').textContent()).toMatch(/R-\d+ was added to the register/);
    label = await labelOf(frame, title);
    expect(await rowOf(frame, title).getByTestId('raid-rating').textContent()).toContain('20');
    expect(await rowOf(frame, title).getByTestId('ticket-link').textContent()).toBe(linked);
    expect(await cellCount(frame, 4, 5)).toBe(before + 1);

    await clickInFrame(frame.getByTestId('raid-heat-cell-4-5'));
    await frame.getByTestId('raid-cell-filter').waitFor();
    const rows = frame.getByTestId('raid-row');
    expect(await rows.count()).toBe(before + 1);
    for (const rating of await rows.getByTestId('raid-rating').allTextContents()) expect(rating).toMatch(/^20/);
    expect(await rows.filter({ hasText: title }).count()).toBe(1);
    expect(await frame.getByTestId('raid-heat-cell-4-5').getAttribute('aria-pressed')).toBe('true');

    await clickInFrame(frame.getByTestId('raid-clear-filters'));
    await frame.getByTestId('raid-cell-filter').waitFor({ state: 'detached' });
    expect(await rows.count()).toBeGreaterThanOrEqual(before + 1);
    await page.close();
  });

  it('edits the risk to residual 2 × 3, shows it in the residual map, and the item\'s history lists each change', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    await frame.getByTestId('raid-basis-residual').click();
    await frame.getByTestId('raid-heat-map-residual').waitFor();
    const residualBefore = await cellCount(frame, 2, 3);
    await frame.getByTestId(`raid-open-${label}`).click();
    await waitInFrame(page, 'raid-item-detail');
    await frame.getByTestId('raid-edit').click();
    await waitInFrame(page, 'raid-item-dialog');
    await choose(frame, 'raid-field-residualLikelihood', '2', '2 – Unlikely');
    await choose(frame, 'raid-field-residualImpact', '3', '3 – Moderate');
    await choose(frame, 'raid-field-status', 'Miti', 'Mitigating');
    await choose(frame, 'raid-field-response', 'Miti', 'Mitigate');
    await frame.getByTestId('raid-field-actions').fill('Sign a second provider as a fallback.');
    await frame.getByTestId('raid-save').click();

    // Saving from the details returns to them, with the new version's history.
    await waitInFrame(page, 'raid-item-detail');
    expect(await frame.getByTestId('raid-fact-residual-score').textContent()).toContain('6');
    const entries = frame.getByTestId('raid-history-entry');
    await expect.poll(() => entries.count()).toBe(2);
    const newest = (await entries.first().textContent()) ?? '';
    expect(newest).toContain('Milo Manager');
    expect(newest).toContain('version 2');
    expect(newest).toContain('Status: Open → Mitigating');
    expect(newest).toContain('Residual likelihood: — → 2 – Unlikely');
    expect(newest).toContain('Residual impact: — → 3 – Moderate');
    expect(newest).toContain('Residual score: — → 6');
    expect(await entries.nth(1).textContent()).toContain('created it');
    await screenshot(page, 'raid-item-detail-light');
    await frame.getByTestId('raid-item-detail').getByRole('button', { name: 'Close', exact: true }).click();

    expect(await cellCount(frame, 2, 3)).toBe(residualBefore + 1);
    await frame.getByTestId('raid-heat-cell-2-3').click();
    expect(await frame.getByTestId('raid-cell-filter').textContent()).toContain('Residual likelihood 2 × impact 3');
    expect(await rowOf(frame, title).count()).toBe(1);
    await page.close();
  });

  it('when someone else saved first, shows their version and keeps the edits, which save over theirs', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    await frame.getByTestId(`raid-open-${label}`).click();
    await waitInFrame(page, 'raid-item-detail');
    await frame.getByTestId('raid-edit').click();
    await waitInFrame(page, 'raid-item-dialog');
    await frame.getByTestId('raid-field-trigger').fill('The buyer asks for our volumes.');

    // The Product Owner raises the impact in the meantime.
    const raid = await invokeAs<{ items: Array<{ label: string; item: RaidItem }> }>('demo-po', MODULE, 'getRaid', {});
    const theirs = raid.data.items.find((i) => i.label === label)!.item;
    expect((await invokeAs('demo-po', MODULE, 'updateRaidItem', { itemId: theirs.id, patch: { version: theirs.version, likelihood: 5 } })).ok).toBe(true);

    await frame.getByTestId('raid-save').click();
    await waitInFrame(page, 'raid-conflict');
    const notice = (await frame.getByTestId('raid-conflict').textContent()) ?? '';
    expect(notice).toContain(`Paula Owner saved ${label} while you were editing`);
    expect(notice).toContain('Likelihood: 5 – Almost certain');
    // Their change shows in the form, and the edit made here is kept.
    expect(await frame.getByTestId('raid-field-likelihood-select--container').textContent()).toContain('5 – Almost certain');
    expect(await frame.getByTestId('raid-field-trigger').inputValue()).toBe('The buyer asks for our volumes.');
    await screenshot(page, 'raid-conflict-light');

    await frame.getByTestId('raid-save').click();
    await waitInFrame(page, 'raid-item-detail');
    expect(await frame.getByTestId('raid-text-trigger').textContent()).toBe('The buyer asks for our volumes.');
    expect(await frame.getByTestId('raid-fact-likelihood').textContent()).toBe('5 – Almost certain');
    await page.close();
  });

  it('filters the register by words, kind, owner and overdue, and sorts it by a column', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    const rows = frame.getByTestId('raid-row');
    const all = await rows.count();
    const labels = async () => (await rows.locator('td:first-child').allTextContents()).map((t) => t.trim());

    await frame.getByTestId('raid-search').fill('PROVIDER buyer');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(title);
    const total = Number(await frame.getByTestId('raid-item-count').textContent());
    expect(await frame.getByTestId('raid-shown-count').textContent()).toBe(`Showing 1 item of ${total}`);
    await frame.getByTestId('raid-clear-filters').click();
    await expect.poll(() => rows.count()).toBe(Math.min(all, 20));

    await pick(frame, 'raid-filter-kind', 'Decisions');
    await frame.locator('body').press('Escape');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    for (const shown of await labels()) expect(shown).toMatch(/^D-\d+$/);
    await frame.getByTestId('raid-clear-filters').click();

    await choose(frame, 'raid-filter-owner', 'Milo', 'Milo Manager');
    for (const owner of await rows.locator('td:nth-child(4)').allTextContents()) expect(owner).toBe('Milo Manager');
    await frame.getByTestId('raid-clear-filters').click();

    await frame.getByLabel('Overdue only').check();
    const overdue = await rows.count();
    expect(await rows.getByTestId('raid-overdue').count()).toBe(overdue);
    await frame.getByTestId('raid-clear-filters').click();

    // Highest score first by default; by ID, risks come first in number order.
    const scores = (await rows.getByTestId('raid-rating').allTextContents()).map((t) => Number.parseInt(t, 10));
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await frame.getByTestId('raid-register-table').getByRole('button', { name: 'ID', exact: true }).click();
    const byId = await labels();
    expect(byId[0]).toBe('R-1');
    expect(byId.findIndex((l) => l.startsWith('A-'))).toBeGreaterThan(byId.findLastIndex((l) => l.startsWith('R-')));
    await page.close();
  });

  it('shows the server\'s message on the title field when the title is too long, and keeps the dialog open', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    await frame.getByTestId('raid-add').click();
    await waitInFrame(page, 'raid-item-dialog');
    await frame.getByTestId('raid-field-title').fill('T'.repeat(201));
    await choose(frame, 'raid-field-likelihood', '2', '2 – Unlikely');
    await choose(frame, 'raid-field-impact', '2', '2 – Minor');
    await frame.getByTestId('raid-save').click();
    await waitInFrame(page, 'raid-field-title-error');
    expect(await frame.getByTestId('raid-field-title-error').textContent()).toBe('The title has 201 characters; the limit is 200. Shorten it by 1.');
    expect(await frame.getByTestId('raid-field-title').getAttribute('aria-describedby')).toBe('raid-field-title-message');
    // The refused field takes the focus, so the person (and a screen reader) lands on the message.
    expect(await frame.getByTestId('raid-field-title').evaluate((input) => input === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await screenshot(page, 'raid-dialog-title-too-long');
    await frame.getByTestId('raid-item-dialog').getByRole('button', { name: 'Cancel' }).click();
    await frame.getByTestId('raid-item-dialog').waitFor({ state: 'detached' });
    await page.close();
  });

  it('after a snapshot, adds a detected risk to the register in one click, with the tickets behind it linked', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    await frame.getByTestId('refresh-snapshot').click();
    // The tab follows the snapshot until it finishes, then lists what it detected.
    await expect.poll(async () => (await frame.getByTestId('snapshot-status').textContent()) ?? '', { timeout: 90_000, interval: 1_000 }).toMatch(/^As of/);
    await frame.getByTestId('raid-promote').first().waitFor();
    const card = frame.getByTestId('raid-detected').filter({ has: frame.getByTestId('raid-promote') }).filter({ has: frame.getByTestId('ticket-link') }).first();
    const detectedTitle = (await card.getByRole('heading').textContent()) ?? '';
    const evidence = await card.getByTestId('ticket-link').allTextContents();
    expect(evidence.length).toBeGreaterThan(0);

    await card.getByTestId('raid-promote').click();
    const tracked = frame.getByTestId('raid-detected').filter({ hasText: detectedTitle }).getByTestId('raid-detected-tracked');
    await tracked.waitFor();
    const promoted = /[RAID]-\d+/u.exec((await tracked.textContent()) ?? '')?.[0];
    expect(promoted).toMatch(/^R-\d+$/);
    expect(await frame.getByTestId('raid-announcement').textContent()).toBe(`Added to the register as ${promoted}.`);
    expect(await rowOf(frame, detectedTitle).count()).toBe(1);

    await tracked.click();
    await waitInFrame(page, 'raid-item-detail');
    const links = await frame.getByTestId('raid-detail-links').getByTestId('ticket-link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(evidence));
    expect(await frame.getByTestId('raid-history-entry').first().textContent()).toContain('Detected risk');
    await page.close();
  });

  it('exports the register as CSV: the register\'s header and one line per item', async () => {
    const { page, frame } = await openRaidTab('demo-pm');
    const items = await invokeAs<{ items: Array<{ label: string }> }>('demo-pm', MODULE, 'getRaid', {});
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('raid-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^ACC-raid-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(RAID_CSV_HEADER.join(','));
    expect(lines).toHaveLength(items.data.items.length + 1);
    const ours = lines.find((line) => line.startsWith(`${label},`)) ?? '';
    expect(ours).toContain(`risk,${title},mitigating,Milo Manager,5,5,25,2,3,6`);
    await page.close();
  });

  it('suggests closing a risk whose detected signal cleared, and closes it in one click', async () => {
    const raid = await invokeAs<{ detected: Array<{ detector: string; signalKey: string; trackedBy: string | null; evidence: Array<{ key: string }> }> }>('demo-pm', MODULE, 'getRaid', {});
    const overdue = raid.data.detected.find((d) => d.detector === 'overdue' && d.trackedBy === null);
    expect(overdue).toBeDefined();
    const promoted = await invokeAs<{ detected: Array<{ signalKey: string; trackedBy: string | null }> }>('demo-pm', MODULE, 'promoteDetection', { signalKey: overdue!.signalKey });
    const tracking = promoted.data.detected.find((d) => d.signalKey === overdue!.signalKey)?.trackedBy ?? '';
    expect(tracking).toMatch(/^R-\d+$/);
    // The ticket gets a later due date in Jira: the next snapshot no longer finds it overdue.
    const moved = await fetch(`${sandbox.url}/rest/api/3/issue/${overdue!.evidence[0]!.key}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { duedate: '2099-12-31' } }),
    });
    expect(moved.status).toBe(204);

    const { page, frame } = await openRaidTab('demo-pm');
    await frame.getByTestId('refresh-snapshot').click();
    const close = frame.getByTestId(`raid-close-${tracking}`);
    await close.waitFor({ timeout: 90_000 });
    expect(await rowLabelled(frame, tracking).textContent()).toContain('Signal cleared');
    await close.click();
    await expect.poll(async () => frame.getByTestId('raid-announcement').textContent()).toBe(`${tracking} is closed.`);
    // Closed items leave the list until asked for.
    await expect.poll(() => rowLabelled(frame, tracking).count()).toBe(0);
    expect(await frame.getByTestId('raid-shown-count').textContent()).toMatch(/\(\d+ closed (is|are) hidden\)$/);
    await frame.getByLabel('Show closed').check();
    expect(await rowLabelled(frame, tracking).textContent()).toContain('Closed');
    expect(await frame.getByTestId(`raid-close-${tracking}`).count()).toBe(0);
    await page.close();
  });

  it('invites to add the first risk when a project has no register yet', async () => {
    const { page, frame } = await openRaidTab('demo-pm', 'light', '/projects/OPS/apps/accord-project-page');
    await waitInFrame(page, 'raid-empty');
    expect(await frame.getByTestId('raid-empty').textContent()).toContain('Start the RAID register');
    await screenshot(page, 'raid-empty-light');
    await frame.getByTestId('raid-add-first').click();
    await waitInFrame(page, 'raid-item-dialog');
    expect(await frame.getByTestId('raid-item-dialog--title').textContent()).toBe('Add a risk');
    await page.close();
  });

  it('looks right in light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, frame } = await openRaidTab('demo-pm', theme);
      await frame.getByTestId('raid-row').first().waitFor();
      await frame.getByTestId('raid-exposure').waitFor();
      await screenshot(page, `raid-tab-${theme}`);
      if (theme === 'dark') {
        await frame.getByTestId('raid-add').click();
        await waitInFrame(page, 'raid-item-dialog');
        await screenshot(page, 'raid-dialog-dark');
      }
      await page.close();
    }
  });

  it('lets a developer edit by default, and shows the register read-only with the reason when only admins may edit', async () => {
    const editor = await openRaidTab('demo-dev');
    await editor.frame.getByTestId('raid-add').waitFor();
    expect(await editor.frame.getByTestId('raid-read-only').count()).toBe(0);
    await editor.page.close();

    const settings = await invokeAs<{ version: number | null }>('demo-pm', 'accord-project-settings', 'getSettings', {});
    const saved = await invokeAs('demo-pm', 'accord-project-settings', 'saveSettings', { version: settings.data.version, settings: { projectManager: { raidEditors: 'ADMINISTER_PROJECTS' } } });
    expect(saved.ok).toBe(true);

    const { page, frame } = await openRaidTab('demo-dev');
    await waitInFrame(page, 'raid-read-only');
    expect(await frame.getByTestId('raid-read-only').textContent()).toContain('changing it needs the Administer projects permission');
    expect(await frame.getByTestId('raid-add').count()).toBe(0);
    expect(await frame.getByTestId('raid-promote').count()).toBe(0);
    expect(await frame.getByTestId('raid-row').count()).toBeGreaterThan(0);
    await frame.getByTestId(`raid-open-${label}`).click();
    await waitInFrame(page, 'raid-item-detail');
    expect(await frame.getByTestId('raid-edit').count()).toBe(0);
    expect(await frame.getByTestId('raid-item-detail').textContent()).toContain('changing it needs the Administer projects permission');
    await screenshot(page, 'raid-read-only-light');
    await page.close();
  });
});
