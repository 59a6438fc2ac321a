/**
 * The project page's Scope and Milestones tabs in a real browser, as the project manager, against a freshly
 * seeded sandbox: the active sprint's ledger adds up in tickets, a figure opens its tickets with who changed
 * what and when, a closed sprint's ledger from the picker, velocity per sprint as a chart and a table; the
 * at-risk version with its forecast dates. Screenshots (light and dark) go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPRINT_IDS } from '../../sandbox/seed/site-layout';
import type { MilestoneView, SprintScopeSummary } from '../../src/contract/project-page';
import { dayNumber, dayOfNumber, formatDay, relativeDays } from '../../static/pages/project-page/src/common/calendar-dates';
import { atRiskMessage } from '../../static/pages/project-page/src/tabs/milestones/forecast-words';
import { timelineScale } from '../../static/pages/project-page/src/tabs/milestones/timeline-ticks';
import { overallTrackRecord, trackRecordWords } from '../../static/pages/project-page/src/tabs/milestones/track-record';
import { figures, signed, waterfall } from '../../static/pages/project-page/src/tabs/scope/ledger-steps';
import { launchBrowser, screenshot } from './browser';
import { startTemporarySandbox, type RunningSandbox } from './temporary-sandbox';
import { appFrame, openShellPage, waitInAppFrame } from './shell-page';

const PROJECT_PAGE = '/projects/ACC/apps/accord-project-page';
const MODULE = 'accord-project-page';
const ACTIVE_SPRINT = `ACC Sprint ${DEMO_SPRINT_IDS.active}`;


let sandbox: RunningSandbox;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startTemporarySandbox('accord-scope-milestones-e2e-');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

const openAs = (accountId: string, theme: 'light' | 'dark'): Promise<Page> => openShellPage(browser, sandbox.url, accountId, PROJECT_PAGE, { theme });
const frameOf = (page: Page): FrameLocator => appFrame(page, MODULE);
const waitInFrame = (page: Page, testId: string, timeout = 30_000): Promise<void> => waitInAppFrame(page, MODULE, testId, timeout);

async function openTab(page: Page, tab: 'scope' | 'milestones'): Promise<FrameLocator> {
  await waitInFrame(page, `tab-${tab}`);
  const frame = frameOf(page);
  await frame.getByTestId(`tab-${tab}`).click();
  await waitInFrame(page, 'snapshot-status');
  return frame;
}

/** Asks for a new snapshot and waits until the tab shows its figures. */
async function refreshAndWait(page: Page, frame: FrameLocator, ready: string): Promise<void> {
  const refresh = frame.getByTestId('refresh-snapshot');
  // A snapshot the site started by itself (first start, an event) finishes first: Refresh is disabled meanwhile.
  await expect.poll(() => refresh.isEnabled(), { timeout: 60_000 }).toBe(true);
  await refresh.click();
  await expect.poll(() => frame.getByTestId('snapshot-status').textContent(), { timeout: 60_000 }).toMatch(/As of/);
  await expect.poll(() => refresh.isEnabled(), { timeout: 60_000 }).toBe(true);
  await waitInFrame(page, ready, 60_000);
}

/** The whole page in one picture: the viewport grows to the page's height first, so the shell's fixed header is drawn once. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1400, height: Math.min(Math.max(height, 1000), 8000) });
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await screenshot(page, name);
}

/** Clicks an export button and answers the downloaded CSV's lines (byte order mark and last line ending dropped). */
async function downloadedLines(page: Page, frame: FrameLocator, testId: string, fileName: string): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testId).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  return readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/u, '').replace(/\r\n$/u, '').split('\r\n');
}

/** "12 tickets" → 12. */
const countIn = async (frame: FrameLocator, testId: string): Promise<number> => {
  const text = (await frame.getByTestId(testId).textContent()) ?? '';
  const match = /(\d+) tickets?/u.exec(text);
  if (!match) throw new Error(`${testId} says "${text}", not a number of tickets`);
  return Number(match[1]);
};

const SPRINT: SprintScopeSummary = {
  id: 7,
  name: 'Sprint 7',
  state: 'closed',
  goal: 'Invoices as PDF',
  startDate: '2026-11-25T18:00:00.000Z',
  endDate: '2026-12-09T18:00:00.000Z',
  completeDate: '2026-12-09T18:00:00.000Z',
  points: { committed: 46, added: 5, removed: 2, completed: 7, notCompleted: 47 },
  counts: { committed: 12, added: 3, removed: 1, completed: 2, notCompleted: 12, reEstimated: 1 },
  velocity: 7,
  churn: 0.152,
};

function version(overrides: Partial<MilestoneView> & { remaining?: number; p85?: string | null }): MilestoneView {
  const { remaining = 65, p85 = '2027-02-28', ...rest } = overrides;
  return {
    id: '10001',
    name: 'Portal 1.1',
    releaseDate: '2026-12-17',
    released: false,
    progress: { issuesDone: 7, issuesTotal: 24, pointsDone: 21, pointsTotal: 86 },
    forecast: {
      p50: { date: '2027-02-14', periods: 10 },
      p85: p85 === null ? null : { date: p85, periods: 12 },
      p95: null,
      probabilityByRelease: 0,
      p85AfterRelease: true,
      cannotFinish: false,
      unfinishedTrials: 0,
      horizon: { periods: 520, endDate: '2036-11-23' },
      basis: { remaining, throughputSamples: [14, 0, 18], growthSamples: [], growthPeriods: 2, period: 'week', startDate: '2026-12-07', releaseDate: '2026-12-17', trials: 10_000, seed: 1 },
    },
    workAhead: 0,
    atRisk: true,
    history: [],
    trackRecord: null,
    openTickets: [],
    ...rest,
  };
}
const BASIS = { weeksSampled: 13, unit: 'points' as const, trials: 10_000 };

describe('the tabs\' pure parts', () => {
  it('lays the ledger out as a waterfall whose steps add up to where the sprint ended, in points and in tickets', () => {
    const points = waterfall(SPRINT, 'points');
    expect(points.steps.map((s) => [s.label, s.base, s.size, s.change])).toEqual([
      ['Committed', 0, 46, 46],
      ['Added', 46, 5, 5],
      ['Removed', 49, 2, -2],
      ['Re-estimated', 49, 5, 5],
    ]);
    expect(points.total).toBe(7 + 47);
    const tickets = waterfall(SPRINT, 'tickets');
    expect(tickets.steps.map((s) => s.label)).toEqual(['Committed', 'Added', 'Removed']);
    expect(tickets.total).toBe(2 + 12);
    // Estimates lowered during the sprint step down.
    const lowered = waterfall({ ...SPRINT, points: { ...SPRINT.points, notCompleted: 40 } }, 'points').steps.at(-1);
    expect(lowered).toMatchObject({ base: 47, size: 2, change: -2 });
    expect(figures(SPRINT, 'tickets').reEstimated).toBe(0);
    expect([signed(5), signed(-2), signed(0), signed(2.5)]).toEqual(['+5', '−2', '0', '+2.5']);
  });

  it('words an at-risk version as a message to send, and a finished or overdue one differently', () => {
    const late = atRiskMessage(version({}), BASIS, '2026-12-07');
    expect(late?.title).toBe('Portal 1.1 is likely to miss its release date');
    expect(late?.body).toBe(
      `Portal 1.1 is due on ${formatDay('2026-12-17')}, in 10 days. At the pace the team kept over the last 13 weeks, none of the 10,000 simulated futures has it done by then. ` +
        `The date we can commit to with 85% confidence is ${formatDay('2027-02-28')}; ${formatDay('2027-02-14')} is as likely as not. 65 points are still open in 17 tickets. ` +
        `To keep ${formatDay('2026-12-17')}, take scope out of the version or add capacity; otherwise move the release to ${formatDay('2027-02-28')}.`,
    );
    expect(atRiskMessage(version({}), BASIS, '2026-12-20')?.body).toContain(`was due on ${formatDay('2026-12-17')}, 3 days ago`);
    expect(atRiskMessage(version({}), BASIS, '2026-12-20')?.body).toContain(`Move the release to ${formatDay('2027-02-28')}`);
    expect(atRiskMessage(version({ remaining: 0 }), BASIS, '2026-12-20')?.title).toBe('Portal 1.1 is done but not released');
    // Open work of earlier versions comes first: the forecast counts it, the message says so and counts only this version's.
    expect(atRiskMessage(version({ remaining: 77, workAhead: 12 }), BASIS, '2026-12-07')?.body).toContain('65 points are still open in 17 tickets, after the 12 points still open in earlier versions.');
    expect(atRiskMessage(version({ p85: null }), BASIS, '2026-12-07')?.body).toContain(`Fewer than 85% of the simulated futures finish before ${formatDay('2036-11-23')}`);
    expect(atRiskMessage(version({ atRisk: false }), BASIS, '2026-12-07')).toBeNull();
  });

  it('scales the time line to month, quarter or year starts, and says days as a PM reads them', () => {
    const short = timelineScale([dayNumber('2026-12-07'), dayNumber('2027-03-07')]);
    expect(short.ticks.map(dayOfNumber)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01']);
    const long = timelineScale([dayNumber('2026-12-07'), dayNumber('2029-03-25')]);
    expect(long.ticks.map(dayOfNumber)).toEqual(['2027-01-01', '2027-07-01', '2028-01-01', '2028-07-01', '2029-01-01']);
    expect([relativeDays(0), relativeDays(10), relativeDays(-1), relativeDays(28), relativeDays(800)]).toEqual(['today', 'in 10 days', '1 day ago', 'in 4 weeks', 'in 2 years']);
  });

  it('sums how often past P85 dates held over the released versions', () => {
    const released = (held: number, forecasts: number) => version({ released: true, atRisk: false, trackRecord: { forecasts, held, rate: held / forecasts } });
    const record = overallTrackRecord([released(7, 9), released(2, 3), version({})]);
    expect(record).toEqual({ forecasts: 12, held: 9, percent: 75, versions: 2 });
    expect(trackRecordWords(record)).toBe('Past P85 dates held 9 of 12 times (75%) over 2 released versions.');
    expect(trackRecordWords(overallTrackRecord([version({})]))).toMatch(/^No released version has kept forecasts yet/u);
  });
});

describe('Scope tab', () => {
  it('shows the active sprint\'s ledger adding up, the tickets behind "Added", a closed sprint and velocity per sprint', async () => {
    const page = await openAs('demo-pm', 'light');
    const frame = await openTab(page, 'scope');
    await refreshAndWait(page, frame, 'sprint-ledger');

    expect(await frame.getByTestId('ledger-sprint-name').textContent()).toBe(ACTIVE_SPRINT);
    expect(await frame.getByTestId('ledger-dates').textContent()).toMatch(/ends in \d+ days? · the board estimates in story points/);
    // The goal the team wrote on the sprint in Jira (the demo site's active sprint has one).
    expect(await frame.getByTestId('ledger-goal').textContent()).toMatch(/^Sprint goal: \S/u);
    const committed = await countIn(frame, 'ledger-committed-tickets');
    const added = await countIn(frame, 'ledger-added-tickets');
    const removed = await countIn(frame, 'ledger-removed-tickets');
    const completed = await countIn(frame, 'ledger-completed-tickets');
    const notCompleted = await countIn(frame, 'ledger-notCompleted-tickets');
    expect(committed).toBeGreaterThan(0);
    expect(added).toBeGreaterThan(0);
    expect(committed + added - removed).toBe(completed + notCompleted);
    expect(await frame.getByTestId('ledger-sum-tickets').textContent()).toBe(
      `${committed} committed + ${added} added − ${removed} removed = ${completed} completed + ${notCompleted} not completed yet`,
    );
    // Points add up too, once the re-estimates are counted.
    const points = (await frame.getByTestId('ledger-sum-points').textContent()) ?? '';
    const [before, after] = points.split('=').map(sumOf);
    expect(before).toBe(after);
    await frame.getByTestId('ledger-waterfall').locator('svg.recharts-surface').first().waitFor();
    await screenshotWhole(page, 'scope-tab-light');

    await frame.getByTestId('ledger-added-tickets').click();
    const dialog = frame.getByTestId('evidence-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().textContent()).toBe(`Added after the start of ${ACTIVE_SPRINT}`);
    await expect.poll(() => dialog.getByTestId('evidence-row').count()).toBe(added);
    const firstRow = dialog.getByTestId('evidence-row').first();
    expect(await firstRow.getByTestId('ticket-link').textContent()).toMatch(/^ACC-\d+$/);
    const events = await dialog.getByTestId('evidence-event').allTextContents();
    expect(events.some((event) => /Added to the sprint/.test(event))).toBe(true);
    // Each entry says when (a time element with its instant), who and what: "Nov 26, 06:00 PM · Milo Manager · Added to the sprint".
    expect(events.every((event) => /^[^·]+, [^·]+ · \p{Lu}[^·]+ · .+/u.test(event)), events.join('\n')).toBe(true);
    const instants = await Promise.all((await dialog.getByTestId('evidence-event').locator('time').all()).map((time) => time.getAttribute('datetime')));
    expect(instants.length).toBe(events.length);
    expect(instants.every((at) => !Number.isNaN(Date.parse(at ?? '')))).toBe(true);
    await screenshot(page, 'scope-evidence-dialog-light');
    await frame.getByTestId('evidence-close').click();
    await dialog.waitFor({ state: 'detached' });

    const closed = `ACC Sprint ${DEMO_SPRINT_IDS.closed.at(-2)}`;
    await frame.getByTestId('scope-sprint-picker-select--control').click();
    await frame.getByRole('option', { name: new RegExp(`^${closed} \\(Closed`) }).click();
    await expect.poll(() => frame.getByTestId('ledger-sprint-name').textContent()).toBe(closed);
    expect(await frame.getByTestId('ledger-dates').textContent()).toMatch(/ · closed/);
    const closedSum = (await frame.getByTestId('ledger-sum-tickets').textContent()) ?? '';
    expect(closedSum).toMatch(/ not completed$/);

    // The ledger as CSV: one line per ticket of each figure, the closed sprint's name in the file's.
    const figuresShown = await Promise.all(['committed', 'added', 'removed', 'reEstimated', 'completed', 'notCompleted'].map((part) => countIn(frame, `ledger-${part}-tickets`)));
    const ledgerLines = await downloadedLines(page, frame, 'ledger-export', `scope-acc-sprint-${DEMO_SPRINT_IDS.closed.at(-2)}.csv`);
    expect(ledgerLines[0]).toBe('Sprint,Figure,Key,Summary,Points,Estimate from,Estimate to,Changes');
    expect(ledgerLines).toHaveLength(1 + figuresShown.reduce((sum, n) => sum + n, 0));
    expect(ledgerLines.slice(1).every((line) => line.startsWith(`${closed},`))).toBe(true);

    const chart = frame.getByTestId('velocity-chart');
    await chart.locator('svg.recharts-surface').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const sprintsShown = DEMO_SPRINT_IDS.closed.length + 1;
    expect(await frame.getByTestId('velocity-row').count()).toBe(sprintsShown);
    expect(await frame.getByTestId('velocity-row').first().textContent()).toContain(ACTIVE_SPRINT);
    const velocityLines = await downloadedLines(page, frame, 'velocity-export', `velocity-acc-sprint-${DEMO_SPRINT_IDS.closed[0]}-to-acc-sprint-${DEMO_SPRINT_IDS.active}.csv`);
    expect(velocityLines).toHaveLength(1 + sprintsShown);
    expect(velocityLines.at(-1)).toMatch(new RegExp(`^${ACTIVE_SPRINT},active,`, 'u'));
    await page.close();
  });
});

describe('Milestones tab', () => {
  it('flags Portal 1.1 as at risk with its P50/P85/P95 dates, release date and progress, on a time line and in a table', async () => {
    const page = await openAs('demo-pm', 'light');
    const frame = await openTab(page, 'milestones');
    await refreshAndWait(page, frame, 'version-card');

    const card = frame.getByTestId('version-card').filter({ has: frame.getByTestId('version-name').getByText('Portal 1.1', { exact: true }) });
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('version-lozenge').textContent()).toBe('At risk');
    expect(await card.getByTestId('version-release').textContent()).toMatch(/^Release .+ · in \d+ days$/u);
    const message = card.getByTestId('at-risk-message');
    expect(await message.textContent()).toContain('Portal 1.1 is likely to miss its release date');
    expect(await card.getByTestId('at-risk-body').textContent()).toMatch(/The date we can commit to with 85% confidence is .+; .+ is as likely as not\. \d+ points are still open in \d+ tickets\./u);
    for (const p of ['p50', 'p85', 'p95']) {
      expect(await card.getByTestId(`forecast-${p}-value`).textContent()).toMatch(/\d{4}$/u);
    }
    const issues = /^(\d+) of (\d+) issues done$/u.exec((await card.getByTestId('progress-issues-text').textContent()) ?? '');
    expect(issues).not.toBeNull();
    expect(Number(issues?.[1])).toBeLessThan(Number(issues?.[2]));
    expect(await card.getByTestId('progress-points-text').textContent()).toMatch(/^\d+ of \d+ points done$/u);

    // The time line's table has the same dates: P50 ≤ P85 ≤ P95, and P85 after the release date.
    await frame.getByTestId('timeline-chart').locator('svg.recharts-surface').first().waitFor();
    expect(await frame.getByTestId('timeline-chart').locator('.recharts-scatter-symbol').count()).toBeGreaterThanOrEqual(4);
    const row = frame.getByTestId('timeline-row').filter({ hasText: 'Portal 1.1' });
    const [release, p50, p85, p95] = await Promise.all((await row.locator('time').all()).map(async (time) => (await time.getAttribute('datetime')) ?? ''));
    expect([release, p50, p85, p95].every((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d ?? ''))).toBe(true);
    expect(p50! <= p85! && p85! <= p95!).toBe(true);
    expect(p85! > release!).toBe(true);
    expect(await row.textContent()).toContain('At risk');

    await card.getByTestId('open-tickets-toggle').click();
    expect(await card.getByTestId('open-ticket-row').count()).toBeGreaterThan(0);
    await frame.getByTestId('released-toggle').click();
    expect(await frame.getByTestId('released-row').filter({ hasText: 'Portal 1.0' }).count()).toBe(1);
    await screenshotWhole(page, 'milestones-tab-light');
    await page.close();
  });
});

describe('both tabs in the dark theme', () => {
  it('draws the ledger, its evidence, velocity and the milestones in dark colours', async () => {
    const page = await openAs('demo-pm', 'dark');
    const frame = await openTab(page, 'scope');
    await expect.poll(() => frame.locator('html').getAttribute('data-color-mode')).toBe('dark');
    await refreshAndWait(page, frame, 'sprint-ledger');
    await frame.getByTestId('velocity-chart').locator('svg.recharts-surface').first().waitFor();
    await frame.getByTestId('ledger-waterfall').locator('svg.recharts-surface').first().waitFor();
    await screenshotWhole(page, 'scope-tab-dark');
    await frame.getByTestId('ledger-committed-tickets').click();
    await frame.getByTestId('evidence-row').first().waitFor();
    await screenshot(page, 'scope-evidence-dialog-dark');
    await frame.getByTestId('evidence-close').click();

    await frame.getByTestId('tab-milestones').click();
    await waitInFrame(page, 'version-card');
    await frame.getByTestId('timeline-chart').locator('svg.recharts-surface').first().waitFor();
    await frame.getByTestId('forecast-history-chart').locator('svg.recharts-surface').first().waitFor();
    await screenshotWhole(page, 'milestones-tab-dark');
    await page.close();
  });
});

/** "46 committed + 5 added − 2 removed + 5 re-estimated" → 54. */
function sumOf(side: string): number {
  let total = 0;
  let sign = 1;
  for (const token of side.trim().split(/\s+/u)) {
    if (token === '+') sign = 1;
    else if (token === '−') sign = -1;
    else if (/^\d+(\.\d+)?$/u.test(token)) total += sign * Number(token);
  }
  return total;
}
