/**
 * The project manager's Overview, Hours & budget tab and weekly report in a real browser, inside the sandbox
 * shell against the real backend: the budget, its weekly plan and the time zone set on the settings page;
 * a refreshed snapshot; Overview blocks whose numbers are the other tabs' resolvers' numbers and whose links
 * open those tabs; the person × week table adding up, its charts drawn; the report copied formatted (HTML)
 * and as Markdown at once (the Markdown alone where the browser cannot copy HTML, and selected when the
 * clipboard is refused) and downloaded as CSV; an outsider refused. Screenshots of both tabs in light and dark
 * and of the report dialog after copying go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoursView, MilestonesView, OverviewView, RaidView, ScopeView, WeeklyReportView } from '../../src/contract/project-page';
import type { Result } from '../../src/contract/result';
import { addDaysToDate, addIsoWeeks, isoWeekOf } from '../../src/domain/weeks';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';
import { appFrame, openShellPage, waitInAppFrame } from './shell-page';

const PROJECT_PAGE = '/projects/ACC/apps/accord-project-page';
const SETTINGS_PAGE = '/projects/ACC/settings/apps/accord-project-settings';
const PAGE = 'accord-project-page';
const SETTINGS = 'accord-project-settings';
const PROJECT = { id: '10000', key: 'ACC', type: 'software' };

interface BrowserGlobals {
  localStorage: { setItem(key: string, value: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

let sandbox: RunningSandbox;
let browser: Browser;

const openAs = (accountId: string, pathname: string, theme: 'light' | 'dark' = 'light', permissions: string[] = [], prepare?: (page: Page) => void): Promise<Page> =>
  openShellPage(browser, sandbox.url, accountId, pathname, { theme, permissions, ...(prepare ? { prepare } : {}) });

/** A full-page screenshot from the top of the page (the shell's bar is fixed: scrolled, it would cover the middle). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  // Dialogs fade in and charts draw after their chunk arrives: let them settle before the picture.
  await page.waitForTimeout(400);
  await screenshot(page, name);
}

const frameOf = (page: Page, moduleKey = PAGE): FrameLocator => appFrame(page, moduleKey);
const waitInFrame = (page: Page, testId: string, moduleKey = PAGE, timeout = 30_000): Promise<void> => waitInAppFrame(page, moduleKey, testId, timeout);

/** A resolver's answer, as the user, through the sandbox's invoke control (what the page itself calls). */
async function invoke<T>(functionKey: string, payload: unknown = {}, user = 'demo-pm', moduleKey = PAGE): Promise<Result<T>> {
  const type = moduleKey === PAGE ? 'jira:projectPage' : 'jira:projectSettingsPage';
  const response = await fetch(`${sandbox.url}/__sandbox/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-user': user },
    body: JSON.stringify({ moduleKey, functionKey, payload, extension: { type, project: PROJECT } }),
  });
  return ((await response.json()) as { body: Result<T> }).body;
}

async function data<T>(answer: Promise<Result<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** "1,083.5 h", "72.2 %", "–" (nothing) as a number. */
function figure(text: string | null): number {
  const cleaned = (text ?? '').replace(/[^\d.−-]/gu, '').replace('−', '-');
  return cleaned === '' || cleaned === '-' ? 0 : Number(cleaned);
}
const texts = async (frame: FrameLocator, testId: string) => frame.getByTestId(testId).allTextContents();
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + Math.round(b * 100), 0)) / 100;

const now = isoWeekOf(Date.now(), 'UTC');
if (!now.ok) throw new Error(now.error.message);
/** A budget from before the seed's first worklog to ten weeks ahead, whenever the test runs. */
const BUDGET = { hours: 2600, start: addDaysToDate(now.value.start, -7 * 15), end: addDaysToDate(now.value.start, 7 * 10 + 4) };

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-overview-hours-e2e-');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('before a budget is set', () => {
  it('opens on an Overview that loads no chart library, and Hours says where the budget is set', async () => {
    const scripts: Array<Promise<string>> = [];
    const page = await openAs('demo-pm', PROJECT_PAGE, 'light', [], (opening) =>
      opening.on('response', (response) => {
        if (response.url().includes('/__sandbox/frames/') && response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
      }),
    );
    const frame = frameOf(page);
    await waitInFrame(page, 'overview-hours');
    expect(await frame.getByTestId('overview-no-budget').textContent()).toContain('Project settings → Apps → Accord');
    // recharts names its drawing surface "recharts-surface": no script the Overview loaded carries it.
    const overviewScripts = await Promise.all(scripts);
    expect(overviewScripts.length).toBeGreaterThan(0);
    expect(overviewScripts.filter((code) => code.includes('recharts-surface'))).toHaveLength(0);

    await frame.getByTestId('tab-hours').click();
    await waitInFrame(page, 'no-budget');
    expect(await frame.getByTestId('no-budget').textContent()).toContain('Project settings → Apps → Accord');
    expect(await frame.getByTestId('budget-chart').count()).toBe(0);
    await frame.getByTestId('hours-by-person-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect((await Promise.all(scripts)).some((code) => code.includes('recharts-surface'))).toBe(true);
    await shot(page, 'hours-without-budget');
    await page.close();
  });
});

describe('the hour budget on the settings page', () => {
  it('refuses a week that does not exist in the plan, then saves the budget, its plan and the time zone', async () => {
    const page = await openAs('demo-pm', SETTINGS_PAGE);
    const frame = frameOf(page, SETTINGS);
    await waitInFrame(page, 'section-budget', SETTINGS);
    expect(await frame.locator('#budget-hours').count()).toBe(0);
    await frame.locator('label[for="budget-enabled"]').click();
    await frame.locator('#budget-hours').fill(String(BUDGET.hours));
    await frame.locator('#budget-start').fill(BUDGET.start);
    await frame.locator('#budget-end').fill(BUDGET.end);
    await frame.locator('#weekly-plan').fill(`${now.value.week} 40\n2026-W99 10`);
    await frame.locator('#time-zone-input').fill('Europe/Berl');
    await frame.locator('#time-zone-input').press('Enter');
    await frame.getByTestId('save-settings').click();
    await waitInFrame(page, 'weekly-plan-message-error', SETTINGS);
    expect(await frame.getByTestId('weekly-plan-message-error').textContent()).toMatch(/Line 2 .*2026-W99 does not exist/u);
    expect(await frame.getByTestId('settings-invalid').count()).toBe(1);

    const next = addIsoWeeks(now.value.week, 1);
    if (!next.ok) throw new Error(next.error.message);
    await frame.locator('#weekly-plan').fill(`${next.value.week}: 36\n${now.value.week} 40`);
    await frame.getByTestId('save-settings').click();
    await waitInFrame(page, 'settings-saved', SETTINGS);
    await page.reload();
    await waitInFrame(page, 'section-budget', SETTINGS);
    expect(await frame.locator('#weekly-plan').inputValue()).toBe(`${now.value.week} 40\n${next.value.week} 36`);
    expect(await frame.getByTestId('section-project-page').textContent()).toContain('Europe/Berlin');
    await shot(page, 'project-settings-budget');

    // A plan of two weeks would leave the rest of the period unplanned: back to the even spread.
    await frame.locator('#weekly-plan').fill('');
    await frame.getByTestId('save-settings').click();
    await waitInFrame(page, 'settings-saved', SETTINGS);
    const saved = await data(invoke<{ settings: { projectManager: { timeZone: string; budget: unknown } } }>('getSettings', {}, 'demo-pm', SETTINGS));
    expect(saved.settings.projectManager).toMatchObject({ timeZone: 'Europe/Berlin', budget: { totalHours: BUDGET.hours, start: BUDGET.start, end: BUDGET.end } });
    expect(saved.settings.projectManager.budget).not.toHaveProperty('weeklyPlanHours');
    await page.close();
  });
});

describe('the Overview, Hours & budget and the weekly report', () => {
  it('refreshes the snapshot and shows blocks whose numbers are the other tabs\' numbers, each opening its tab', async () => {
    const risk = await data(invoke<RaidView>('createRaidItem', { item: { kind: 'risk', title: 'Payment provider may miss the API freeze', likelihood: 4, impact: 5 } }));
    expect(risk.items.some((i) => i.item.title === 'Payment provider may miss the API freeze')).toBe(true);
    const before = (await data(invoke<OverviewView>('getOverview'))).status.asOf;

    const page = await openAs('demo-pm', PROJECT_PAGE);
    const frame = frameOf(page);
    await waitInFrame(page, 'overview-tab');
    await frame.getByTestId('refresh-snapshot').click();
    // The page follows the queued snapshot by itself until the new figures are in.
    const fresh = async () => {
      const { status } = await data(invoke<OverviewView>('getOverview'));
      return !status.refreshing && status.asOf !== null && status.asOf !== before;
    };
    await expect.poll(fresh, { timeout: 90_000, interval: 1_000 }).toBe(true);

    const [overview, hours, raid, scope, milestones] = await Promise.all([
      data(invoke<OverviewView>('getOverview')),
      data(invoke<HoursView>('getHours')),
      data(invoke<RaidView>('getRaid')),
      data(invoke<ScopeView>('getScope')),
      data(invoke<MilestonesView>('getMilestones')),
    ]);
    // Hours are counted in the zone set above from this snapshot on: the page shows them without a reload.
    const lastWeek = addIsoWeeks(hours.currentWeek, -1);
    if (!lastWeek.ok) throw new Error(lastWeek.error.message);
    const lastWeekHours = sum(hours.rows.filter((r) => r.week === lastWeek.value.week).map((r) => r.hours));
    await expect.poll(async () => figure(await frame.getByTestId('overview-last-week-hours-value').textContent()), { timeout: 30_000 }).toBe(lastWeekHours);
    await expect.poll(() => frame.getByTestId('snapshot-status').textContent()).toMatch(/^As of/u);
    expect(overview.hours.lastWeek).toBe(lastWeek.value.week);
    expect(figure(await frame.getByTestId('overview-budget-used-value').textContent())).toBe(hours.budget!.percentUsed);
    expect(figure(await frame.getByTestId('overview-detected-count').textContent())).toBe(raid.detected.length);

    // Top risks: the open risks of the register with the highest score now, the new 4 × 5 one first.
    const score = (i: RaidView['items'][number]) => (i.item.kind === 'risk' ? (i.item.residualScore ?? i.item.score) : 0);
    const open = raid.items.filter((i) => i.item.kind === 'risk' && i.item.status !== 'closed').sort((a, b) => score(b) - score(a));
    const shownRisks = await texts(frame, 'overview-risk');
    expect(shownRisks.length).toBe(Math.min(5, open.length));
    shownRisks.forEach((text, i) => expect(text).toContain(`${open[i]!.label} ${open[i]!.item.title}`));
    expect(shownRisks.some((text) => text.includes('Payment provider may miss the API freeze'))).toBe(true);
    expect((await texts(frame, 'overview-risk-score')).map((text) => Number(text.split(' ')[0]))).toEqual(open.slice(0, 5).map(score));

    // Scope: the active sprint's ledger of the Scope tab.
    const active = scope.sprints.find((s) => s.state === 'active')!;
    expect(await frame.getByTestId('overview-sprint-name').textContent()).toBe(active.name);
    expect(active.goal).not.toBeNull(); // the demo site's active sprint has a goal
    expect(await frame.getByTestId('overview-sprint-goal').textContent()).toBe(`Goal: ${active.goal}`);
    expect(figure(await frame.getByTestId('overview-committed-value').textContent())).toBe(active.points.committed);
    expect(figure(await frame.getByTestId('overview-added-value').textContent())).toBe(active.points.added);
    expect(-figure(await frame.getByTestId('overview-removed-value').textContent())).toBe(active.points.removed);
    expect(figure(await frame.getByTestId('overview-completed-value').textContent())).toBe(active.points.completed);

    // Milestones: the unreleased versions of the Milestones tab, the at-risk ones flagged.
    const unreleased = milestones.versions.filter((v) => !v.released);
    expect(await texts(frame, 'overview-milestone-name')).toEqual(unreleased.map((v) => v.name));
    const flagged = await frame.getByTestId('overview-milestone').filter({ has: frame.getByTestId('overview-milestone-at-risk') }).getByTestId('overview-milestone-name').allTextContents();
    expect(flagged).toEqual(unreleased.filter((v) => v.atRisk).map((v) => v.name));
    expect(flagged).toContain('Portal 1.1');
    await shot(page, 'overview-light');

    // Every block opens its tab.
    for (const tab of ['hours', 'scope', 'milestones', 'readiness', 'raid'] as const) {
      await frame.getByTestId(`overview-link-${tab}`).first().click();
      await expect.poll(() => frame.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      await frame.getByTestId('tab-overview').click();
      await waitInFrame(page, 'overview-tab');
    }
    await page.close();
  });

  it('shows hours per person and week that add up, the charts, the budget and the epics with their tickets', async () => {
    const hours = await data(invoke<HoursView>('getHours'));
    const page = await openAs('demo-pm', PROJECT_PAGE);
    const frame = frameOf(page);
    await waitInFrame(page, 'tab-hours');
    await frame.getByTestId('tab-hours').click();
    await waitInFrame(page, 'person-week-table');
    expect(await frame.getByTestId('time-zone-note').textContent()).toContain('Europe/Berlin');
    expect(hours.timeZone).toBe('Europe/Berlin');

    const people = await frame.getByTestId('person-row').count();
    // Each week's header says its label and dates in its title: "2026-W49: 30 Nov – 6 Dec 2026".
    const weeks = await frame.getByTestId('week-column').evaluateAll((cells) => cells.map((c) => (c as unknown as { title: string }).title.slice(0, 8)));
    expect(people).toBeGreaterThanOrEqual(4);
    expect(weeks.length).toBeGreaterThanOrEqual(8);
    expect(weeks).toEqual(hours.weeks.slice(-weeks.length));

    // Each person's total is the sum of their weeks; each week's total the sum of its people; both add to the whole.
    const rows: number[][] = [];
    for (let i = 0; i < people; i++) {
      const row = frame.getByTestId('person-row').nth(i);
      const cells = (await row.getByTestId('person-week-cell').allTextContents()).map(figure);
      expect(cells).toHaveLength(weeks.length);
      expect(figure(await row.getByTestId('person-total').textContent())).toBe(sum(cells));
      rows.push(cells);
    }
    const weekTotals = (await texts(frame, 'week-total')).map(figure);
    weekTotals.forEach((total, w) => expect(total).toBe(sum(rows.map((cells) => cells[w]!))));
    const grand = figure(await frame.getByTestId('grand-total').textContent());
    expect(grand).toBe(sum(weekTotals));
    expect(grand).toBe(sum(hours.rows.filter((r) => weeks.includes(r.week)).map((r) => r.hours)));

    // The charts render (their chunk loads after the tables).
    await frame.getByTestId('hours-by-person-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(await frame.getByTestId('hours-by-person-chart').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(weeks.length);
    await frame.getByTestId('budget-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(figure(await frame.getByTestId('budget-total-value').textContent())).toBe(BUDGET.hours);
    expect(figure(await frame.getByTestId('budget-used-value').textContent())).toBe(hours.budget!.usedHours);
    expect(await frame.getByTestId('budget-week-row').count()).toBe(hours.budget!.weeks.length);
    expect(await frame.locator('tr[aria-current="date"]').textContent()).toContain('so far');

    // Every week of the snapshot, on request.
    await frame.getByTestId('week-range-select--control').click();
    await frame.getByText(`All ${hours.weeks.length} weeks`, { exact: true }).click();
    await expect.poll(() => frame.getByTestId('week-column').count()).toBe(hours.weeks.length);
    // Rows are rounded per person-week, the total once from seconds: they agree to the hundredth.
    expect(figure(await frame.getByTestId('grand-total').textContent())).toBeCloseTo(hours.totalHours, 1);

    // An epic opens to its tickets.
    const epic = frame.getByTestId('epic-row').first();
    await epic.getByTestId('epic-toggle').click();
    expect(await epic.getByTestId('epic-toggle').getAttribute('aria-expanded')).toBe('true');
    const issueHours = (await texts(frame, 'epic-issue-hours')).map(figure);
    expect(issueHours.length).toBe(hours.epics[0]!.issues.length);
    expect(sum(issueHours)).toBeLessThanOrEqual(figure(await epic.getByTestId('epic-hours').textContent()));
    await shot(page, 'hours-light');

    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-hours-csv').click()]);
    expect(download.suggestedFilename()).toBe(`hours-per-person-acc-${hours.weeks[0]!.toLowerCase()}-to-${hours.weeks.at(-1)!.toLowerCase()}.csv`);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/u, '').trim().split('\r\n');
    expect(lines[0]).toBe(['Person', ...hours.weeks, 'Total'].join(','));
    expect(lines).toHaveLength(people + 2);
    expect(Number(lines.at(-1)!.split(',').at(-1))).toBeCloseTo(hours.totalHours, 1);
    expect(lines.at(-1)!.startsWith('Total,')).toBe(true);
    await page.close();
  });

  it('copies the weekly report formatted and as Markdown with the hours per person, picks another week and downloads the CSV', async () => {
    const page = await openAs('demo-pm', PROJECT_PAGE, 'light', ['clipboard-read', 'clipboard-write']);
    const frame = frameOf(page);
    await waitInFrame(page, 'overview-tab');
    await frame.getByTestId('open-weekly-report').click();
    await waitInFrame(page, 'report-markdown');
    const report = await data(invoke<WeeklyReportView>('getWeeklyReport'));
    const byPerson = (report.json as { hoursByPerson: Array<{ displayName: string; hours: number }> }).hoursByPerson;
    expect(byPerson.length).toBeGreaterThanOrEqual(4);
    const shown = (await frame.getByTestId('report-markdown').textContent()) ?? '';
    expect(shown).toContain(`Week ${report.week}`);
    for (const person of byPerson) expect(shown).toContain(`| ${person.displayName} | ${person.hours} |`);
    expect(await frame.getByTestId('report-highlights').textContent()).toContain(byPerson[0]!.displayName);
    // Each sprint's section says what the sprint set out to do: its goal from Jira, as text.
    const sprints = (report.json as { sprints: Array<{ name: string; goal: string | null }> }).sprints;
    expect(sprints.filter((s) => (s.goal ?? '').length > 0).length).toBeGreaterThanOrEqual(7);
    for (const sprint of sprints) expect(shown.slice(shown.indexOf(`### ${sprint.name} (`)).split('\n\n')[1]).toBe(`Goal: ${sprint.goal}`);

    expect(await frame.getByTestId('copy-report-markdown').textContent()).toBe('Copy report');
    await frame.getByTestId('copy-report-markdown').click();
    await expect.poll(() => frame.getByTestId('copy-outcome').textContent()).toContain(`Copied the report for ${report.week}. It pastes formatted`);
    expect(await frame.getByTestId('copy-outcome').textContent()).toMatch(/into an email or Confluence; plain-text places such as Slack or a ticket get the Markdown\.$/u);
    // One clipboard item with both flavours: HTML for an email or Confluence, the Markdown shown for plain-text places.
    const copied = await page.evaluate(async () => {
      const items = await (globalThis as unknown as { navigator: { clipboard: { read(): Promise<Array<{ types: readonly string[]; getType(type: string): Promise<{ text(): Promise<string> }> }>> } } }).navigator.clipboard.read();
      return Promise.all(items.map(async (item) => ({ types: [...item.types].sort(), html: item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '', text: item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '' })));
    });
    expect(copied).toHaveLength(1);
    expect(copied[0]!.types).toEqual(['text/html', 'text/plain']);
    expect(copied[0]!.text).toBe(shown);
    expect(copied[0]!.text).toContain('### Per person');
    for (const person of byPerson) expect(copied[0]!.text).toContain(`| ${person.displayName} | ${person.hours} |`);
    const projectName = (report.json as { project: { name: string } }).project.name;
    expect(copied[0]!.html).toContain(`Weekly report: ${projectName} (ACC)</h1>`);
    expect(copied[0]!.html).toMatch(/<table style="[^"]*border-collapse: ?collapse/u);
    for (const person of byPerson) expect(copied[0]!.html).toMatch(new RegExp(`<td [^>]*>${person.displayName}</td>`, 'u'));
    expect(copied[0]!.html).not.toContain('| ---');
    await shot(page, 'weekly-report-dialog-light');

    const earlier = addIsoWeeks(report.week, -2);
    if (!earlier.ok) throw new Error(earlier.error.message);
    await frame.locator('#report-week-input').click();
    await frame.getByText(new RegExp(`^${earlier.value.week.slice(5)} ${earlier.value.week.slice(0, 4)} · `, 'u')).click();
    await expect.poll(() => frame.getByTestId('report-markdown').textContent(), { timeout: 15_000 }).toContain(`Week ${earlier.value.week}`);

    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('download-report-csv').click()]);
    expect(download.suggestedFilename()).toBe(`weekly-report-acc-${earlier.value.week.toLowerCase()}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/u, '');
    expect(csv.startsWith('Report\r\nField,Value\r\n')).toBe(true);
    expect(csv).toContain(`First week,${earlier.value.week}`);
    expect(csv).toContain('Hours per person\r\nAccount id,Person,Hours,Weeks');

    await frame.getByTestId('close-report').click();
    await expect.poll(() => frame.getByTestId('weekly-report-dialog').count()).toBe(0);
    expect(await frame.getByTestId('open-weekly-report').evaluate((button) => button === (button as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);
    await page.close();
  });

  /**
   * Opens the weekly report as the project manager in a browser changed by `changeBrowser` (run in the page
   * before it loads) and clicks the copy button.
   */
  async function copyReportIn(changeBrowser: () => void, permissions: string[]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, permissions });
    await page.addInitScript(() => (globalThis as unknown as BrowserGlobals).localStorage.setItem('accord-sandbox.user', 'demo-pm'));
    await page.addInitScript(changeBrowser);
    await page.goto(`${sandbox.url}${PROJECT_PAGE}`);
    const frame = frameOf(page);
    await waitInFrame(page, 'open-weekly-report');
    await frame.getByTestId('open-weekly-report').click();
    await waitInFrame(page, 'report-markdown');
    await frame.getByTestId('copy-report-markdown').click();
    return { page, frame };
  }

  it('copies the Markdown alone where the browser cannot copy HTML', async () => {
    // A browser without ClipboardItem, as older ones are.
    const { page, frame } = await copyReportIn(() => {
      delete (globalThis as unknown as { ClipboardItem?: unknown }).ClipboardItem;
    }, ['clipboard-read', 'clipboard-write']);
    await expect.poll(() => frame.getByTestId('copy-outcome').textContent()).toMatch(/^Copied the report for \d{4}-W\d{2} as Markdown: this browser could not copy it formatted\./u);
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(copied.startsWith('# Weekly report: ')).toBe(true);
    expect(copied).toBe(await frame.getByTestId('report-markdown').textContent());
    await page.close();
  });

  it('selects the report text for the keyboard when the browser refuses the clipboard', async () => {
    const { page, frame } = await copyReportIn(() => {
      const w = globalThis as unknown as { navigator: { clipboard?: { write: (items: unknown[]) => Promise<void>; writeText: (text: string) => Promise<void> } } };
      if (w.navigator.clipboard) {
        w.navigator.clipboard.write = () => Promise.reject(new Error('NotAllowedError'));
        w.navigator.clipboard.writeText = () => Promise.reject(new Error('NotAllowedError'));
      }
    }, []);
    await expect.poll(() => frame.getByTestId('copy-outcome').textContent()).toContain('Copying was not allowed here. The report text is selected');
    const selected = await frame.getByTestId('report-markdown').evaluate((pre) => (pre as unknown as { ownerDocument: { defaultView: { getSelection(): { toString(): string } } } }).ownerDocument.defaultView.getSelection().toString());
    expect(selected.startsWith('# Weekly report: ')).toBe(true);
    expect(selected.trim()).toBe((await frame.getByTestId('report-markdown').textContent())?.trim());
    await page.close();
  });

  it('looks right in the dark theme: Overview, Hours & budget and the report dialog', async () => {
    const page = await openAs('demo-pm', PROJECT_PAGE, 'dark', ['clipboard-read', 'clipboard-write']);
    const frame = frameOf(page);
    await waitInFrame(page, 'overview-tab');
    await expect.poll(() => frame.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await shot(page, 'overview-dark');
    await frame.getByTestId('open-weekly-report').click();
    await waitInFrame(page, 'report-markdown');
    await frame.getByTestId('copy-report-markdown').click();
    await expect.poll(() => frame.getByTestId('copy-outcome').textContent()).toContain('It pastes formatted');
    await shot(page, 'weekly-report-dialog-dark');
    await frame.getByTestId('close-report').click();
    await frame.getByTestId('tab-hours').click();
    await waitInFrame(page, 'person-week-table');
    await frame.getByTestId('budget-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    await frame.getByTestId('hours-by-person-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    await shot(page, 'hours-dark');
    await page.close();
  });

  it('tells someone who cannot see the project so, on the Overview and on Hours, without a crash', async () => {
    const refused = await invoke<HoursView>('getHours', {}, 'demo-outsider');
    expect(refused.ok ? null : refused.error.code).toBe('not-found');
    const reason = refused.ok ? '' : refused.error.message;
    expect(reason).toMatch(/project/u);

    // Jira itself does not open the project for them.
    const outsider = await openAs('demo-outsider', PROJECT_PAGE);
    await outsider.getByText("You can't view this project").waitFor();
    await outsider.close();

    // Someone whose access goes while the page is open: every call of the page is answered as for them.
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript(() => (globalThis as unknown as BrowserGlobals).localStorage.setItem('accord-sandbox.user', 'demo-pm'));
    await page.route('**/__sandbox/api/invoke', (route) => route.continue({ headers: { ...route.request().headers(), 'x-sandbox-user': 'demo-outsider' } }));
    await page.goto(`${sandbox.url}${PROJECT_PAGE}`);
    const frame = frameOf(page);
    await waitInFrame(page, 'error-message');
    const message = (await frame.getByTestId('error-message').textContent()) ?? '';
    expect(message).toContain('The overview could not be loaded');
    expect(message).toContain(reason);
    await shot(page, 'overview-refused');
    await frame.getByTestId('tab-hours').click();
    await expect.poll(() => frame.getByTestId('error-message').first().textContent()).toContain('Hours could not be loaded');
    expect(await frame.getByTestId('person-week-table').count()).toBe(0);
    await page.close();
  });
});
