/**
 * Data hygiene: what Accord keeps about an issue goes when the issue goes (its record, its decision history,
 * the note that its people were told it is unready, its worklogs and every mention in the project snapshot);
 * Accord stores account ids, never names or e-mail addresses, anywhere it writes (Forge storage and the issue
 * properties it sets); and the README's table of what is kept names every kind of record the code declares.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forApp } from '../../src/adapters/jira';
import { createKvsRecordStore } from '../../src/adapters/store/kvs-record-store';
import type { JobDeps } from '../../src/app/jobs/project-job';
import { runProjectJob } from '../../src/app/jobs/run-project-job';
import { readinessScanJob } from '../../src/app/readiness/readiness-scan';
import { projectSnapshotJob } from '../../src/app/snapshot/project-snapshot-job';
import type { PanelView } from '../../src/contract/issue-panel';
import type { RaidView } from '../../src/contract/project-page';
import type { SettingsView } from '../../src/contract/project-settings';
import type { JobMessage } from '../../src/ports/job-queue';
import { DEMO_TEAMMATES, DEMO_USERS } from '../../sandbox/seed/users';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import { keysOf, seedTicket } from '../support/seed-tickets';
import { DEV, PANEL, PM, PO, PROJECT_PAGE, SETTINGS_PAGE, dataOf, openTrustHarness, type TrustHarness } from './support/trust-harness';
import { printTrustLine } from './support/trust-line';

let h: TrustHarness;
let acc: { id: string; key: string };
const figures = { rowsScanned: 0, propertiesScanned: 0, kindsScanned: 0, recordsOfDeletedIssue: 0, kindsOfDeletedIssue: [] as string[], namesFound: 0, kindsDocumented: 0 };

/** Every person of the site, as the app could have seen them: names and e-mail addresses must never be stored. */
const PEOPLE = [...DEMO_USERS, ...DEMO_TEAMMATES];

beforeAll(async () => {
  h = await openTrustHarness();
  acc = await h.project('ACC');
});

afterAll(async () => {
  printTrustLine({ suite: 'hygiene', cases: figures.rowsScanned + figures.propertiesScanned + figures.kindsDocumented + 1, ...figures });
  await h?.close();
});

function jobDeps(pushed: JobMessage[] = [], remaining = () => 600_000): JobDeps {
  return {
    jira: forApp({ sleep: async () => undefined, random: () => 0.5 }),
    store: createKvsRecordStore(),
    queue: { push: async (m) => void pushed.push(m) },
    clock: { now: () => h.sandbox.runtime.clock.now().getTime() },
    deadline: { remainingMs: remaining },
    newRunId: () => randomUUID(),
  };
}

/** A snapshot run as the hourly trigger would make it, after the worklog feeds' last minute has passed. */
async function snapshot(): Promise<void> {
  await h.sandbox.runtime.clock.advance(90_000);
  await h.sandbox.runtime.drainQueues();
  expect((await runProjectJob(jobDeps(), projectSnapshotJob, acc, { fresh: true })).status).toBe('finished');
}

/** Every stored row, in every namespace the app uses, as text. */
function allRows(): Array<{ namespace: string; key: string; text: string }> {
  const kvs = h.sandbox.runtime.kvs;
  return kvs.namespaces().flatMap((namespace) => kvs.list('', namespace).map((item) => ({ namespace, key: item.key, text: `${item.key} ${JSON.stringify(item.value)}` })));
}

/** A key as its own word: ACC-12 but not ACC-120. */
const mentions = (text: string, key: string) => new RegExp(`(?<![A-Z0-9-])${key}(?![0-9])`, 'u').test(text);

describe('deleting an issue removes what Accord kept about it', () => {
  it('its record, decision history, unready notice, worklogs and every mention in the snapshot', async () => {
    const [key] = await keysOf(h, ['usage-dashboard']);
    const extension: ExtensionContext = await h.issueExtension(key);
    const issueId = extension.issue!.id;
    const summary = seedTicket('usage-dashboard').summary;
    // The project comments on unready tickets once per sprint (Accord then remembers whom it told).
    const settingsPage = await h.projectExtension(SETTINGS_PAGE, 'ACC');
    const settings = dataOf(await h.call<SettingsView>(PM, SETTINGS_PAGE, 'getSettings', {}, settingsPage));
    dataOf(await h.call(PM, SETTINGS_PAGE, 'saveSettings', { version: settings.version, settings: { commentOnUnready: true } }, settingsPage));

    // The scan tells the unready ticket's people, once per sprint, and remembers it did.
    expect((await runProjectJob(jobDeps(), readinessScanJob, acc, { fresh: true })).status).toBe('finished');
    let view = dataOf(await h.call<PanelView>(PO, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'The dashboard shows last month' }] }, extension));
    for (let i = 0; i < 6; i += 1) {
      view = i % 2 === 0
        ? dataOf(await h.call<PanelView>(PO, PANEL, 'approve', { version: view.version, contentHash: view.contentHash }, extension))
        : dataOf(await h.call<PanelView>(PO, PANEL, 'requestChanges', { version: view.version, contentHash: view.contentHash, feedback: `Round ${i}: the totals are off` }, extension));
    }
    expect((await h.rest('POST', `/rest/api/3/issue/${key}/worklog`, { timeSpentSeconds: 5400, started: '2026-01-05T09:00:00.000+0000' }, DEV)).status).toBe(201);
    await snapshot();

    const before = allRows().filter((row) => row.key.includes(issueId) || mentions(row.text, key) || row.text.includes(summary) || row.text.includes(`"${issueId}"`));
    const kinds = [...new Set(before.map((row) => row.key.split(':')[0]!))].sort();
    figures.recordsOfDeletedIssue = before.length;
    figures.kindsOfDeletedIssue = kinds;
    // What there was to delete: the record, its history pages, the unready notice, its worklogs, snapshot models.
    expect(kinds).toEqual(expect.arrayContaining(['issue', 'issue-history', 'readiness', 'worklogs']));
    expect(kinds.filter((k) => k.startsWith('pm-')).length).toBeGreaterThan(0);

    expect((await h.rest('DELETE', `/rest/api/3/issue/${key}`, undefined, PM)).status).toBe(204);
    await h.sandbox.runtime.drainQueues();
    // At once: everything keyed by the issue.
    const keyed = allRows().filter((row) => row.key.includes(issueId));
    expect(keyed.map((row) => row.key)).toEqual([]);
    // With the next snapshot (hourly, or a Refresh): every mention in the read models and the kept worklogs.
    await snapshot();
    const left = allRows().filter((row) => mentions(row.text, key) || row.text.includes(summary) || row.text.includes(`"${issueId}"`));
    expect(left.map((row) => `${row.key}: ${row.text.slice(0, 200)}`)).toEqual([]);
  });

  it('a snapshot run that another run replaced leaves none of its kept facts behind', async () => {
    const pushed: JobMessage[] = [];
    let checks = 0;
    const cut = await runProjectJob(jobDeps(pushed, () => (++checks > 1 ? 0 : 600_000)), projectSnapshotJob, acc, { fresh: true });
    expect(cut.status).toBe('continued');
    expect(allRows().filter((row) => row.key.startsWith('snapshot-scratch')).length).toBeGreaterThan(0);
    // "Refresh" later starts a fresh run; the continuation of the old one never comes.
    expect((await runProjectJob(jobDeps(), projectSnapshotJob, acc, { fresh: true })).status).toBe('finished');
    expect(allRows().filter((row) => row.key.startsWith('snapshot-scratch')).map((row) => row.key)).toEqual([]);
  });
});

describe('Accord stores account ids, never names or e-mail addresses', () => {
  it('in Forge storage and in the issue properties it writes, after a day of use of every feature', async () => {
    const [key] = await keysOf(h, ['dark-mode']);
    const extension = await h.issueExtension(key);
    let view = dataOf(await h.call<PanelView>(PO, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'Dark mode follows the system setting' }] }, extension));
    view = dataOf(await h.call<PanelView>(DEV, PANEL, 'verifyCriterion', { version: view.version, criterionId: view.criteria[0]!.id, state: 'passed' }, extension));
    view = dataOf(await h.call<PanelView>(PO, PANEL, 'approve', { version: view.version, contentHash: view.contentHash }, extension));
    // The panel shows names, read from Jira when shown.
    expect(view.signoff.decidedBy).toEqual({ accountId: PO, displayName: 'Paula Owner' });
    const page = await h.projectExtension(PROJECT_PAGE, 'ACC');
    const raid = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'createRaidItem', { item: { kind: 'decision', title: 'Dark theme ships first', owner: DEV, decidedBy: PO } }, page));
    expect(raid.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Dana Developer', 'Paula Owner']));
    dataOf(await h.call(PM, PROJECT_PAGE, 'refreshSnapshot', {}, page));
    await h.sandbox.runtime.drainQueues();
    await snapshot();
    expect((await runProjectJob(jobDeps(), readinessScanJob, acc, { fresh: true })).status).toBe('finished');

    const rows = allRows();
    figures.rowsScanned = rows.length;
    figures.kindsScanned = new Set(rows.map((row) => row.key.split(':')[0])).size;
    const found = rows.flatMap((row) => PEOPLE.filter((p) => row.text.includes(p.displayName) || row.text.includes(p.emailAddress)).map((p) => `${row.key} holds ${p.displayName}`));
    figures.namesFound = found.length;
    expect(found).toEqual([]);
    // Not vacuous: the people are there, by account id.
    expect(rows.some((row) => row.text.includes(`"${PO}"`))).toBe(true);
    // Sprint ledgers are read models (kept as JSON text in their head record): who changed the scope is an account id.
    expect(rows.some((row) => row.key.startsWith('pm-model:pm-ledger') && row.text.includes('accountId'))).toBe(true);

    // The issue properties Accord writes (JQL mirrors, readiness results), on every ticket of the project.
    const search = await h.rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC ORDER BY key', fields: ['summary'], properties: ['accord-signoff', 'accord-criteria', 'accord-readiness'], maxResults: 200 });
    const issues = (search.body as { issues: Array<{ key: string; properties?: Record<string, unknown> }> }).issues;
    const written = issues.flatMap((issue) => Object.entries(issue.properties ?? {}).map(([name, value]) => ({ where: `${issue.key} ${name}`, text: JSON.stringify(value) })));
    figures.propertiesScanned = written.length;
    expect(written.length).toBeGreaterThan(10);
    expect(written.flatMap((p) => PEOPLE.filter((person) => p.text.includes(person.displayName) || p.text.includes(person.emailAddress)).map((person) => `${p.where} holds ${person.displayName}`))).toEqual([]);
  });
});

describe("the README's table of what is kept", () => {
  it('names every kind of record the code declares', () => {
    const root = path.resolve(__dirname, '../..');
    const declared = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.ts')) for (const match of readFileSync(file, 'utf8').matchAll(/recordKind(?:<.*?>)?\(\s*'([a-z0-9-]+)'/gsu)) declared.add(match[1]!);
      }
    };
    walk(path.join(root, 'src'));
    expect(declared.size).toBeGreaterThan(10);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What Accord keeps, where, and for how long'));
    expect(section.length, 'README has the section').toBeGreaterThan(500);
    const table = section.slice(0, section.indexOf('\n#'));
    const missing = [...declared].filter((kind) => !table.includes(`\`${kind}\``));
    figures.kindsDocumented = declared.size - missing.length;
    expect(missing, 'record kinds the README does not say are kept').toEqual([]);
  });
});
