/**
 * The project's Custom UI pages in a real browser, inside the sandbox shell against the real backend:
 * the project page "Risk & scope" (readiness and sign-off of the next sprint, filter, CSV export), the
 * sprint action "Check readiness" from the board's sprint menu, the project settings page "Accord"
 * (validation, saving a threshold the project page then uses) and its read-only view for a developer.
 * Screenshots (light and dark) go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/domain/text/csv';
import { csvFileName, readinessCsv } from '../../static/shared/readiness/readiness-csv';
import { draftFromSettings, settingsFromDraft, vagueTermList } from '../../static/pages/project-settings/src/settings-draft';
import { defaultProjectSettings } from '../../src/domain/settings/project-settings';
import { DEMO_SPRINT_IDS } from '../../sandbox/seed/site-layout';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';
import { appFrame, openShellPage, waitInAppFrame } from './shell-page';

const PROJECT_PAGE = '/projects/ACC/apps/accord-project-page';
const SETTINGS_PAGE = '/projects/ACC/settings/apps/accord-project-settings';
const BOARD = '/projects/ACC/boards/1';


let sandbox: RunningSandbox;
let browser: Browser;

const openAs = (accountId: string, pathname: string, theme: 'light' | 'dark' = 'light'): Promise<Page> => openShellPage(browser, sandbox.url, accountId, pathname, { theme });
const frameOf = appFrame;
const waitInFrame = waitInAppFrame;

const numberIn = async (frame: FrameLocator, testId: string) => Number(await frame.getByTestId(testId).textContent());

/** The next sprint, which the readiness check looks at. */
const NEXT_SPRINT = `ACC Sprint ${DEMO_SPRINT_IDS.future}`;

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-project-pages-e2e-');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

/** The project page opens on its Overview; the readiness tests open the Readiness tab and wait for its rows. */
async function openReadinessTab(page: Page): Promise<void> {
  await waitInFrame(page, 'accord-project-page', 'tab-readiness');
  await frameOf(page, 'accord-project-page').getByTestId('tab-readiness').click();
  await waitInFrame(page, 'accord-project-page', 'readiness-row');
}

describe('readiness CSV and settings form (pure parts of the pages)', () => {
  it('quotes cells, defuses formulas and writes one line per ticket', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    const csv = readinessCsv(
      [
        { key: 'ACC-1', summary: 'Pay, then ship', score: 45, ready: false, failedChecks: ['ac.missing', 'estimate.missing', 'ac.missing'], signoff: 'changes_requested' },
        { key: 'ACC-2', summary: 'Export', score: 90, ready: true, failedChecks: [], signoff: null },
        { key: 'ACC-3', summary: 'Import', score: 80, ready: true, failedChecks: [], signoff: 'pending' },
        { key: 'ACC-4', summary: 'Archive', score: 75, ready: true, failedChecks: [], signoff: 'stale' },
        { key: 'ACC-5', summary: 'Search', score: 95, ready: true, failedChecks: [], signoff: 'approved' },
      ],
      70,
    );
    // Sign-off in the issue panel's words (static/shared/signoff/signoff-states.ts), empty without one.
    expect(csv.split('\r\n')).toEqual([
      'Key,Summary,Score,Threshold,Ready,Failed checks,Sign-off',
      'ACC-1,"Pay, then ship",45,70,no,No acceptance criteria; No estimate,Changes requested',
      'ACC-2,Export,90,70,yes,,',
      'ACC-3,Import,80,70,yes,,Awaiting sign-off',
      'ACC-4,Archive,75,70,yes,,Stale',
      'ACC-5,Search,95,70,yes,,Approved',
      '',
    ]);
    expect(csvFileName('ACC Sprint 4')).toBe('readiness-acc-sprint-4.csv');
    expect(csvFileName('***')).toBe('readiness-sprint.csv');
  });

  it('turns the draft back into the settings it came from, and names every field out of bounds', () => {
    const defaults = defaultProjectSettings();
    const draft = draftFromSettings(defaults);
    const round = settingsFromDraft(draft);
    expect(round).toEqual({ ok: true, settings: defaults });

    const bad = settingsFromDraft({
      ...draft,
      threshold: '150',
      minDescriptionLength: 'ten',
      daysBefore: '',
      vagueTerms: `fast\n${'x'.repeat(61)}`,
      checks: { ...draft.checks, 'ac.missing': { enabled: true, weight: '2.5', severity: 'major' } },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.errors).sort()).toEqual(['daysBefore', 'minDescriptionLength', 'threshold', 'vagueTerms', 'weight:ac.missing']);
    expect(bad.errors.threshold).toContain('from 0 to 100');

    const weekly = settingsFromDraft({ ...draft, scheduleMode: 'weekly', weekday: 3, hour: 14, daysBefore: 'ignored when weekly' });
    expect(weekly.ok && weekly.settings.schedule).toEqual({ mode: 'weekly', weekday: 3, hour: 14 });
    expect(vagueTermList(' Fast \n\nfast\nTBD\n')).toEqual(['Fast', 'TBD']);
  });
});

describe('project pages in the sandbox shell', () => {
  let readyBefore = 0;

  it('shows the project manager the next sprint with its not-ready tickets, filters them and exports CSV', async () => {
    const page = await openAs('demo-pm', PROJECT_PAGE);
    const frame = frameOf(page, 'accord-project-page');
    await openReadinessTab(page);
    expect(await frame.getByTestId('sprint-name').textContent()).toBe(NEXT_SPRINT);
    const total = await numberIn(frame, 'stat-total-value');
    const notReady = await numberIn(frame, 'stat-not-ready-value');
    readyBefore = await numberIn(frame, 'stat-ready-value');
    expect(total).toBeGreaterThan(0);
    expect(notReady).toBeGreaterThan(0);
    expect(readyBefore + notReady).toBe(total);
    expect(await frame.getByTestId('readiness-row').count()).toBe(total);
    expect(await frame.getByTestId('signoff-section').getByText('Not ready', { exact: true }).count()).toBe(notReady);
    expect(await frame.getByTestId('furthest-ticket').count()).toBeGreaterThan(0);
    expect(await frame.getByTestId('failing-check').first().textContent()).toMatch(/of \d+ tickets/);
    // Failed checks are shown in words, not as check ids.
    expect(await frame.getByTestId('readiness-table').textContent()).not.toMatch(/ac\.missing|description\.placeholder/);
    expect(await frame.getByTestId('checked-note').textContent()).toContain('Scores as of now');
    await screenshot(page, 'project-page-light');

    await frame.getByText('Only not ready').click();
    await expect.poll(() => frame.getByTestId('readiness-row').count()).toBe(notReady);

    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`readiness-acc-sprint-${DEMO_SPRINT_IDS.future}.csv`);
    const file = await download.path();
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Key,Summary,Score,Threshold,Ready,Failed checks,Sign-off');
    expect(lines).toHaveLength(notReady + 1);
    expect(lines.slice(1).every((line) => /,no,/.test(line))).toBe(true);
    await page.close();
  });

  it('checks the future sprint from the board menu and stores only what changed on "Check again"', async () => {
    const page = await openAs('demo-pm', BOARD);
    await page.getByTestId(`sprint-actions-${DEMO_SPRINT_IDS.future}`).click();
    await page.getByTestId('sprint-action-accord-sprint-readiness').click();
    await page.getByTestId('sprint-action-modal').waitFor();
    const frame = frameOf(page, 'accord-sprint-readiness');
    await waitInFrame(page, 'accord-sprint-readiness', 'sprint-action');
    expect(await frame.getByTestId('sprint-name').textContent()).toBe(NEXT_SPRINT);
    const note = frame.getByTestId('checked-note');
    expect(await note.textContent()).toMatch(/Checked at .* · \d+ results? stored/);
    expect(await frame.getByTestId('readiness-row').count()).toBeGreaterThan(0);
    // Sorted by score, lowest first.
    const scores = (await frame.getByTestId('readiness-row').getByTestId('score-lozenge').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await screenshot(page, 'sprint-action-light');

    await frame.getByTestId('check-again').click();
    await expect.poll(() => note.textContent()).toContain('No results changed, nothing stored');
    await page.close();
  });

  it('refuses an out-of-range threshold inline, saves a lower one, and the project page uses it', async () => {
    const page = await openAs('demo-pm', SETTINGS_PAGE);
    const frame = frameOf(page, 'accord-project-settings');
    await waitInFrame(page, 'accord-project-settings', 'rubric-table');
    expect(await frame.getByTestId('settings-read-only').count()).toBe(0);
    expect(await frame.locator('#threshold').inputValue()).toBe('70');
    expect(await frame.getByTestId('rubric-row-ac.missing').textContent()).toContain('Acceptance criteria present');
    await screenshot(page, 'project-settings-light');

    await frame.locator('#threshold').fill('150');
    await frame.getByTestId('save-settings').click();
    await frame.getByTestId('threshold-message-error').waitFor();
    expect(await frame.getByTestId('threshold-message-error').textContent()).toContain('from 0 to 100');
    expect(await frame.getByTestId('settings-invalid').count()).toBe(1);
    // The first field to fix gets the focus (Save is far below it).
    expect(await frame.locator('#threshold').evaluate((input) => input === (input as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);

    await frame.locator('#threshold').fill('40');
    await frame.getByTestId('save-settings').click();
    await frame.getByTestId('settings-saved').waitFor();
    expect(await frame.getByTestId('threshold-message-error').count()).toBe(0);
    await page.reload();
    await waitInFrame(page, 'accord-project-settings', 'rubric-table');
    expect(await frame.locator('#threshold').inputValue()).toBe('40');
    await page.close();

    const project = await openAs('demo-pm', PROJECT_PAGE);
    const readiness = frameOf(project, 'accord-project-page');
    await openReadinessTab(project);
    expect(await readiness.getByTestId('stat-average').textContent()).toContain('the ready score of 40');
    expect(await numberIn(readiness, 'stat-ready-value')).toBeGreaterThan(readyBefore);
    await project.close();
  });

  it('on a conflicting save shows a warning and the other version instead of overwriting it', async () => {
    const page = await openAs('demo-pm', SETTINGS_PAGE);
    const frame = frameOf(page, 'accord-project-settings');
    await waitInFrame(page, 'accord-project-settings', 'rubric-table');
    // Someone else saves after this page loaded.
    const extension = { type: 'jira:projectSettingsPage', project: { id: '10000', key: 'ACC', type: 'software' } };
    const invoke = async (functionKey: string, payload: unknown) => {
      const response = await fetch(`${sandbox.url}/__sandbox/api/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-user': 'demo-pm' },
        body: JSON.stringify({ moduleKey: 'accord-project-settings', functionKey, payload, extension }),
      });
      return ((await response.json()) as { body: { ok: boolean; data: { version: number | null } } }).body;
    };
    const current = await invoke('getSettings', {});
    expect(current.ok).toBe(true);
    expect((await invoke('saveSettings', { version: current.data.version, settings: { rubric: { threshold: 55 } } })).ok).toBe(true);

    await frame.locator('#threshold').fill('45');
    await frame.getByTestId('save-settings').click();
    await waitInFrame(page, 'accord-project-settings', 'settings-conflict');
    expect(await frame.getByTestId('settings-conflict').textContent()).toContain('Someone else saved these settings');
    expect(await frame.locator('#threshold').inputValue()).toBe('55');
    await screenshot(page, 'project-settings-conflict');
    // Saving again now builds on their version.
    await frame.locator('#threshold').fill('40');
    await frame.getByTestId('save-settings').click();
    await waitInFrame(page, 'accord-project-settings', 'settings-saved');
    await page.close();
  });

  it('shows the developer the settings read-only', async () => {
    const page = await openAs('demo-dev', SETTINGS_PAGE);
    const frame = frameOf(page, 'accord-project-settings');
    await waitInFrame(page, 'accord-project-settings', 'settings-read-only');
    expect(await frame.getByTestId('settings-read-only').textContent()).toContain('Only project admins can change these settings');
    expect(await frame.locator('#threshold').isDisabled()).toBe(true);
    expect(await frame.locator('#vague-terms').isDisabled()).toBe(true);
    expect(await frame.locator('#schedule-weekly').isDisabled()).toBe(true);
    expect(await frame.getByTestId('save-settings').count()).toBe(0);
    await screenshot(page, 'project-settings-read-only');
    await page.close();
  });

  it('follows the dark theme on every page', async () => {
    const project = await openAs('demo-pm', PROJECT_PAGE, 'dark');
    const frame = frameOf(project, 'accord-project-page');
    await openReadinessTab(project);
    await expect.poll(() => frame.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await screenshot(project, 'project-page-dark');
    await project.close();

    const settings = await openAs('demo-pm', SETTINGS_PAGE, 'dark');
    const settingsFrame = frameOf(settings, 'accord-project-settings');
    await waitInFrame(settings, 'accord-project-settings', 'rubric-table');
    await expect.poll(() => settingsFrame.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await screenshot(settings, 'project-settings-dark');
    await settings.close();

    const board = await openAs('demo-pm', BOARD, 'dark');
    await board.getByTestId(`sprint-actions-${DEMO_SPRINT_IDS.future}`).click();
    await board.getByTestId('sprint-action-accord-sprint-readiness').click();
    const action = frameOf(board, 'accord-sprint-readiness');
    await waitInFrame(board, 'accord-sprint-readiness', 'readiness-row');
    await expect.poll(() => action.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await screenshot(board, 'sprint-action-dark');
    await board.close();
  });
});
