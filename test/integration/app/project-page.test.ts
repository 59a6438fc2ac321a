import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RaidView, ScopeView, HoursView, MilestonesView, OverviewView, WeeklyReportView } from '../../../src/contract/project-page';
import type { Result } from '../../../src/contract/result';
import { csvCell } from '../../../src/domain/text';
import { addIsoWeeks, isoWeek } from '../../../src/domain/weeks';
import type { ExtensionContext } from '../../../sandbox/runtime/types';
import { OUTSIDER, PM, PO, openHarness, type Harness } from './sandbox-harness';

const PAGE = 'accord-project-page';
let h: Harness;

beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

async function extension(key: string): Promise<ExtensionContext> {
  const { body } = await h.rest('GET', `/rest/api/3/project/${key}`);
  const project = body as { id: string; key: string };
  return { type: 'jira:projectPage', project: { id: String(project.id), key: project.key, type: 'software' } };
}

async function call<T>(user: string, fn: string, payload: unknown = {}, project = 'ACC'): Promise<Result<T>> {
  return h.invoke<Result<T>>(user, PAGE, fn, payload, await extension(project));
}

function data<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('the project page through the sandbox', () => {
  it('refreshes the snapshot through the queue, then shows the seeded sprints, hours and versions', async () => {
    expect(data(await call<{ status: string }>(PM, 'refreshSnapshot')).status).toBe('queued');
    await h.sandbox.runtime.drainQueues();
    const scope = data(await call<ScopeView>(PM, 'getScope'));
    expect(scope.status.asOf).not.toBeNull();
    expect(scope.sprints.length).toBeGreaterThanOrEqual(7);
    expect(scope.ledger?.state).toBe('active');
    // Every seeded sprint has a goal in Jira; the page shows each one's, as written there.
    const jiraSprints = (await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=active,closed')).body as { values: Array<{ id: number; goal?: string }> };
    const goals = new Map(jiraSprints.values.map((s) => [s.id, s.goal ?? null]));
    expect(scope.sprints.map((s) => s.goal)).toEqual(scope.sprints.map((s) => goals.get(s.id)));
    expect(scope.sprints.every((s) => (s.goal ?? '').length > 0)).toBe(true);
    expect(Date.parse(scope.ledger?.endDate ?? '')).toBeGreaterThan(Date.parse(scope.ledger?.startDate ?? ''));
    const closed = scope.sprints.find((s) => s.state === 'closed')!;
    const ledger = data(await call<ScopeView>(PM, 'getScope', { sprintId: closed.id })).ledger!;
    expect(ledger.committed.length).toBeGreaterThan(0);
    expect(ledger.committed.every((t) => t.events.length > 0)).toBe(true);

    const hours = data(await call<HoursView>(PM, 'getHours'));
    expect(hours.people.length).toBeGreaterThanOrEqual(4);
    expect(hours.weeks.length).toBeGreaterThanOrEqual(8);
    expect(hours.totalHours).toBeGreaterThan(100);

    const milestones = data(await call<MilestonesView>(PM, 'getMilestones'));
    const atRisk = milestones.versions.filter((v) => v.atRisk);
    expect(atRisk.map((v) => v.name)).toContain('Portal 1.1');
    expect(atRisk[0]?.forecast?.p85).not.toBeNull();
    // Today in the project's time zone: the day the snapshot's forecasts started from.
    expect(milestones.today).toBe(atRisk[0]?.forecast?.basis.startDate);
  });

  it('detects risks in the seeded project, and promotes one into the register with its tickets linked', async () => {
    const raid = data(await call<RaidView>(PM, 'getRaid'));
    const detectors = new Set(raid.detected.map((d) => d.detector));
    for (const expected of ['forecast-late', 'unready-next-sprint', 'blocked', 'not-signed-off', 'overdue']) expect(detectors).toContain(expected);
    const late = raid.detected.find((d) => d.detector === 'forecast-late')!;
    expect(late.title).toContain('Portal 1.1');
    const blocked = raid.detected.find((d) => d.detector === 'blocked')!;
    expect(blocked.evidence.map((e) => e.key)).toHaveLength(2);

    const promoted = data(await call<RaidView>(PM, 'promoteDetection', { signalKey: blocked.signalKey }));
    const item = promoted.items.find((i) => i.item.detector?.signalKey === blocked.signalKey)!;
    expect(item.item).toMatchObject({ kind: 'risk', title: blocked.title, likelihood: blocked.proposedLikelihood, impact: blocked.proposedImpact });
    expect(item.item.kind === 'risk' ? item.item.linkedIssues : []).toEqual(blocked.evidence.map((e) => e.key));
    expect(item.signalCleared).toBe(false);
    expect(promoted.detected.find((d) => d.signalKey === blocked.signalKey)?.trackedBy).toBe(item.label);
    const again = await call<RaidView>(PM, 'promoteDetection', { signalKey: blocked.signalKey });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const gone = await call<RaidView>(PM, 'promoteDetection', { signalKey: 'blocked:ACC-99999' });
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
  });

  it('makes the weekly report of a week from the snapshot: hours per person, every sprint\'s scope, RAID changes', async () => {
    const hours = data(await call<HoursView>(PM, 'getHours'));
    const week = hours.weeks.at(-2)!;
    const report = data(await call<WeeklyReportView>(PM, 'getWeeklyReport', { week }));
    expect(report.week).toBe(week);
    const json = report.json as {
      sprints: Array<{ id: number; name: string; goal: string | null; state: string; committed: string[]; points: { committed: number } }>;
      hours: Array<{ week: string; accountId: string; hours: number }>;
    };
    const scope = data(await call<ScopeView>(PM, 'getScope'));
    expect(json.sprints.map((s) => s.id).sort()).toEqual(scope.sprints.map((s) => s.id).sort());
    expect(json.sprints.every((s) => Array.isArray(s.committed) && typeof s.points.committed === 'number')).toBe(true);
    // Each sprint's goal as the sandbox's Jira has it, in the data and in each sprint's section of the Markdown and CSV.
    const jiraSprints = (await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=active,closed')).body as { values: Array<{ id: number; goal?: string }> };
    const goals = new Map(jiraSprints.values.map((s) => [s.id, s.goal ?? null]));
    expect(json.sprints.map((s) => [s.id, s.goal])).toEqual(json.sprints.map((s) => [s.id, goals.get(s.id)]));
    expect(json.sprints.find((s) => s.state === 'active')?.goal).toBe('Support conversations and single sign-on');
    const details = new Map(report.markdown.split('\n### ').slice(1).map((d) => [d.slice(0, d.indexOf(' (')), d.split('\n\n')[1]]));
    for (const sprint of json.sprints) {
      expect(details.get(sprint.name)).toBe(`Goal: ${sprint.goal}`);
      expect(report.csv).toContain(`,${csvCell(sprint.goal)}\r\n`);
    }
    const expected = hours.rows.filter((r) => r.week === week).map((r) => ({ week: r.week, accountId: r.accountId, hours: r.hours }));
    expect(json.hours.map((r) => ({ week: r.week, accountId: r.accountId, hours: r.hours })).sort((a, b) => a.accountId.localeCompare(b.accountId))).toEqual(
      expected.sort((a, b) => a.accountId.localeCompare(b.accountId)),
    );
    expect(report.markdown).toContain(week);
    expect(report.csv.length).toBeGreaterThan(0);
    // The same week as HTML for an email or Confluence: the Markdown's headings, sentences and tables, tables styled inline.
    const projectName = ((await h.rest('GET', '/rest/api/3/project/ACC')).body as { name: string }).name;
    expect(report.html.startsWith(`<h1>Weekly report: ${projectName} (ACC)</h1>\n<p>Week ${week} (`)).toBe(true);
    expect(report.html).toContain('<table style="border-collapse:collapse;');
    expect(report.html).not.toMatch(/<(th|td)>|<(html|body)\b/u);
    const unstyled = report.html.replace(/ style="[^"]*"/gu, '');
    expect(unstyled).toBe(marked.parse(report.markdown, { async: false }).replace(/ align="(left|right)"/gu, ''));
    for (const row of json.hours) expect(report.html).toMatch(new RegExp(`<td [^>]*>${week}</td>\n<td [^>]*>[^<]+</td>\n<td [^>]*>${row.hours}</td>`, 'u'));
    expect(report.html).toContain('<p>Goal: Support conversations and single sign-on</p>');

    const last = data(await call<WeeklyReportView>(PM, 'getWeeklyReport', {}));
    expect(last.week).toMatch(/^\d{4}-W\d{2}$/);
    const bad = await call<WeeklyReportView>(PM, 'getWeeklyReport', { week: '2026-W99' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid-payload');
    const outsider = await call<WeeklyReportView>(OUTSIDER, 'getWeeklyReport', {});
    expect(outsider.ok ? null : outsider.error.code).toBe('not-found');
  });

  it('lets a project member create and edit risks, and two editors never overwrite each other', async () => {
    const created = data(await call<RaidView>(PM, 'createRaidItem', { item: { kind: 'risk', title: 'Payment provider contract ends in March', likelihood: 3, impact: 4 } }));
    const risk = created.items.find((i) => i.item.title === 'Payment provider contract ends in March')!;
    expect(risk.label).toMatch(/^R-\d+$/);
    expect(created.heatMap.inherent.cells.find((c) => c.likelihood === 3 && c.impact === 4)?.count).toBeGreaterThan(0);

    const version = risk.item.version;
    const first = await call<RaidView>(PM, 'updateRaidItem', { itemId: risk.item.id, patch: { version, impact: 5 } });
    const second = await call<RaidView>(PO, 'updateRaidItem', { itemId: risk.item.id, patch: { version, likelihood: 1 } });
    expect(first.ok).toBe(true);
    expect(second.ok ? null : second.error.code).toBe('conflict');
    const after = data(await call<RaidView>(PM, 'getRaid')).items.find((i) => i.item.id === risk.item.id)!;
    expect(after.item).toMatchObject({ impact: 5, likelihood: 3, version: version + 1 });
  });

  it('shows an outsider nothing, and a viewer the register read-only', async () => {
    const outsider = await call<RaidView>(OUTSIDER, 'getRaid');
    expect(outsider.ok ? null : outsider.error.code).toBe('not-found');
    expect(outsider.ok ? '' : outsider.error.message).toMatch(/project/);
    const viewer = data(await call<RaidView>(OUTSIDER, 'getRaid', {}, 'OPS'));
    expect(viewer.canEdit).toBe(false);
    expect(viewer.readOnlyReason).toMatch(/Edit issues/);
    const refused = await call<RaidView>(OUTSIDER, 'createRaidItem', { item: { kind: 'issue', title: 'Printer is broken' } }, 'OPS');
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('finds people who can browse the project for the owner picker, and nobody for an outsider', async () => {
    // Jira's user search by name, as the user: "o" is in every seeded name, the outsider's too.
    const named = data(await call<{ people: Array<{ accountId: string; displayName: string }> }>(PM, 'findPeople', { query: 'o' })).people;
    expect(named.map((p) => p.accountId)).toEqual(expect.arrayContaining([PM, PO, 'demo-dev']));
    expect(named.map((p) => p.accountId)).not.toContain(OUTSIDER);
    expect(named.length).toBeLessThanOrEqual(20);
    expect(data(await call<{ people: unknown[] }>(PM, 'findPeople', { query: '' })).people).toEqual([]);
    // A developer, who does not administer the project, finds people too (Jira's permission-holder search would refuse).
    expect(data(await call<{ people: Array<{ accountId: string }> }>('demo-dev', 'findPeople', { query: 'milo' })).people.map((p) => p.accountId)).toEqual([PM]);
    const dana = data(await call<{ people: Array<{ accountId: string; displayName: string }> }>(PM, 'findPeople', { query: 'dana' })).people;
    expect(dana).toEqual([{ accountId: 'demo-dev', displayName: 'Dana Developer' }]);
    const refused = await call(OUTSIDER, 'findPeople', { query: 'dana' });
    expect(refused.ok ? null : refused.error.code).toBe('not-found');
    const tooLong = await call(PM, 'findPeople', { query: 'x'.repeat(101) });
    expect(tooLong.ok ? null : tooLong.error.code).toBe('invalid-payload');
  });

  it('says which field to shorten, when creating and when editing, so the form can show it on the field', async () => {
    const created = await call<RaidView>(PM, 'createRaidItem', { item: { kind: 'risk', title: 'T'.repeat(250), likelihood: 2, impact: 2 } });
    expect(created.ok ? null : created.error.code).toBe('invalid-payload');
    const onCreate = (created.ok ? null : created.error.details) as { fields: Array<{ field: string; message: string }> };
    expect(onCreate.fields).toEqual([{ field: 'item.title', message: expect.stringContaining('Shorten it by 50') }]);

    const risk = data(await call<RaidView>(PM, 'createRaidItem', { item: { kind: 'risk', title: 'Supplier may miss the API freeze', likelihood: 2, impact: 2 } })).items.find(
      (i) => i.item.title === 'Supplier may miss the API freeze',
    )!;
    const updated = await call<RaidView>(PM, 'updateRaidItem', { itemId: risk.item.id, patch: { version: risk.item.version, title: 'T'.repeat(201), cause: 'C'.repeat(5_001) } });
    const onUpdate = (updated.ok ? null : updated.error.details) as { fields: Array<{ field: string; message: string }> };
    expect(onUpdate.fields.map((f) => f.field).sort()).toEqual(['cause', 'title']);
    expect(onUpdate.fields.find((f) => f.field === 'title')?.message).toContain('Shorten it by 1');
  });

  it('the overview says in one call what to tell the client', async () => {
    const overview = data(await call<OverviewView>(PM, 'getOverview'));
    expect(overview.project.key).toBe('ACC');
    expect(overview.topRisks.length).toBeGreaterThan(0);
    expect(overview.milestones.some((m) => m.atRisk)).toBe(true);
    expect(overview.scope?.state).toBe('active');
    const scope = data(await call<ScopeView>(PM, 'getScope'));
    expect(overview.scope).toEqual({ ...scope.sprints.find((s) => s.state === 'active'), estimate: scope.ledger?.estimate });
    const raid = data(await call<RaidView>(PM, 'getRaid'));
    expect(overview.detectedCount).toBe(raid.detected.length);
    expect(overview.detected.length).toBeLessThanOrEqual(overview.detectedCount);
  });

  it('shows every week through the current one, and the budget set in the settings on Hours and the Overview alike', async () => {
    const hours = data(await call<HoursView>(PM, 'getHours'));
    expect(hours.weeks.at(-1)! >= hours.currentWeek).toBe(true);
    expect(hours.weeks).toContain(hours.currentWeek);
    expect(new Set(hours.rows.map((r) => r.week)).size).toBeLessThanOrEqual(hours.weeks.length);
    expect(hours.rows.every((r) => hours.weeks.includes(r.week))).toBe(true);
    expect(hours.budget).toBeNull();

    const settings = { type: 'jira:projectSettingsPage', project: (await extension('ACC')).project };
    const current = await h.invoke<Result<{ version: number | null }>>(PM, 'accord-project-settings', 'getSettings', {}, settings);
    // From the first logged week to four months ahead, so the seed's hours fall inside whenever the test runs.
    const start = isoWeek(hours.weeks[0]!);
    const end = addIsoWeeks(hours.currentWeek, 16);
    if (!start.ok || !end.ok) throw new Error('the hours view names weeks that do not exist');
    const budget = { totalHours: 2_000, start: start.value.start, end: end.value.end };
    const saved = await h.invoke<Result<unknown>>(PM, 'accord-project-settings', 'saveSettings', { version: data(current).version, settings: { projectManager: { budget } } }, settings);
    expect(saved.ok).toBe(true);

    const withBudget = data(await call<HoursView>(PM, 'getHours')).budget!;
    expect(withBudget).toMatchObject({ ...budget, plan: 'linear' });
    expect(withBudget.usedHours).toBeCloseTo(hours.totalHours, 2);
    expect(withBudget.remainingHours).toBeCloseTo(2_000 - hours.totalHours, 2);
    expect(withBudget.weeks.at(-1)!.cumulativePlannedHours).toBeCloseTo(2_000, 1);
    expect(withBudget.runsOutOn).not.toBeNull();
    expect(data(await call<OverviewView>(PM, 'getOverview')).hours.budget).toEqual(withBudget);
  });
});
