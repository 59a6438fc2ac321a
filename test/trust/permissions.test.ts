/**
 * The permission matrix: every resolver (read from src/entry/resolvers/index.ts, so a new one that is not in the
 * table below fails this test), called by everyone who should be refused: a user who cannot browse the project,
 * an anonymous caller, a context whose ids and keys disagree, a context that pairs one project's id with another
 * project's key (as someone who can browse only the other), a developer without "Sign off work results", a
 * non-admin on settings, a read-only viewer on a write. Each refusal must be a permission refusal (not-found or
 * forbidden), leak nothing of what the caller may not see, and change nothing. The allowed caller of each
 * resolver then succeeds, so no refusal above was an accident of its payload. Then every other handler the
 * manifest names (triggers, the validator, consumers, scheduled triggers): unexpected input is ignored or
 * refused in words, and a forged issue property (anyone who can edit an issue can write one) is never believed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { definitions } from '../../src/entry/resolvers';
import * as appEntry from '../../src/index';
import { panelPayloads, type PanelView } from '../../src/contract/issue-panel';
import { projectPagePayloads, type RaidView } from '../../src/contract/project-page';
import { settingsPayloads, type SettingsView } from '../../src/contract/project-settings';
import { sprintReadinessPayloads, type SprintReadinessView } from '../../src/contract/sprint-readiness';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import { keysOf, seedTicket } from '../support/seed-tickets';
import { fixtureFor, MATRIX, type Fixture, type Needs, type Spec } from './support/resolver-matrix';
import { DEV, OUTSIDER, PANEL, PM, PO, PROJECT_PAGE, SETTINGS_PAGE, SPRINT_ACTION, dataOf, openTrustHarness, type Answer, type TrustHarness } from './support/trust-harness';
import { printTrustLine } from './support/trust-line';

/** Who is allowed each need on ACC (the seed's roles): the control caller of the last pass. */
const ALLOWED: Record<Needs, string> = { browse: DEV, edit: DEV, 'sign-off': PO, admin: PM, 'raid-edit': DEV };
/** People on ACC who hold the project but lack the need. */
const LACKING: Record<Needs, string[]> = { browse: [], edit: [], 'sign-off': [DEV, PM], admin: [PO, DEV], 'raid-edit': [] };

let h: TrustHarness;
let acc: { id: string; key: string };
let ops: { id: string; key: string };
let issueA: ExtensionContext;
let issueB: ExtensionContext;
let opsIssue: ExtensionContext;
let fx: Fixture;
let opsFx: Fixture;
/** Texts of ACC that someone who cannot browse it must never receive. */
const secrets: string[] = [];
const cells: Array<{ resolver: string; who: string; outcome: string }> = [];
const handlerCases: string[] = [];

beforeAll(async () => {
  h = await openTrustHarness();
  acc = await h.project('ACC');
  ops = await h.project('OPS');
  const [a, b, o] = await keysOf(h, ['notification-settings', 'export-invoices', 'ops-alerts']);
  issueA = await h.issueExtension(a);
  issueB = await h.issueExtension(b);
  opsIssue = await h.issueExtension(o);
  fx = fixtureFor(h, PM, () => issueA, () => 'ACC');
  opsFx = fixtureFor(h, PM, () => opsIssue, () => 'OPS');
  // State to act on: criteria on both issues, an item in each register, a detected risk already promoted.
  const onA = dataOf(await h.call<PanelView>(PO, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'Each reminder names its invoice' }] }, issueA));
  dataOf(await h.call<PanelView>(PM, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'The alert links the dashboard' }] }, opsIssue));
  const page = await h.projectExtension(PROJECT_PAGE, 'ACC');
  dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'createRaidItem', { item: { kind: 'risk', title: 'Bank holiday delays the release', likelihood: 2, impact: 4 } }, page));
  dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'createRaidItem', { item: { kind: 'issue', title: 'On-call rota has gaps' } }, await h.projectExtension(PROJECT_PAGE, 'OPS')));
  const raid = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, page));
  const signal = raid.detected.find((d) => d.trackedBy === null);
  if (signal) dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'promoteDetection', { signalKey: signal.signalKey }, page));
  dataOf(await h.call(PM, PROJECT_PAGE, 'refreshSnapshot', {}, await h.projectExtension(PROJECT_PAGE, 'OPS')));
  await h.sandbox.runtime.drainQueues();
  const after = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, page));
  secrets.push(seedTicket('notification-settings').summary, ...onA.criteria.map((c) => c.text), ...after.items.map((i) => i.item.title));
});

afterAll(async () => {
  const refusals = cells.filter((c) => c.outcome !== 'ok');
  printTrustLine({
    suite: 'permissions',
    cases: cells.length + handlerCases.length,
    resolvers: Object.keys(definitions).length,
    resolverCalls: cells.length,
    refusedAsExpected: refusals.length,
    allowedControls: cells.length - refusals.length,
    rows: [...new Set(cells.map((c) => c.who))],
    handlerCases: handlerCases.length,
  });
  await h?.close();
});

/** Everything a refusal must leave as it was: the app's records (not the site's field cache) and the issues' Jira side. */
async function fingerprint(): Promise<string> {
  await h.sandbox.runtime.drainQueues();
  const records = [...h.records().entries()].filter(([, row]) => row.kind !== 'fields').sort(([x], [y]) => x.localeCompare(y));
  const jira = [];
  for (const key of [issueA.issue!.key, issueB.issue!.key, opsIssue.issue!.key]) {
    jira.push((await h.rest('GET', `/rest/api/3/issue/${key}/comment`)).body, (await h.rest('GET', `/rest/api/3/issue/${key}?properties=*all&fields=summary,description`)).body);
  }
  return JSON.stringify({ records, jira });
}

/** The context a resolver gets when opened on `issue` (issue modules) or its project. */
async function contextFor(spec: Spec, issue: ExtensionContext): Promise<ExtensionContext> {
  if (spec.on === 'issue') return issue;
  return h.projectExtension(spec.module, issue.project!.key);
}

async function callAs(name: string, who: string, user: string | null, context: ExtensionContext, payload: unknown): Promise<Answer<unknown>> {
  const answer = await h.call(user, MATRIX[name]!.module, name, payload, context);
  cells.push({ resolver: name, who, outcome: 'crash' in answer ? 'crash' : answer.ok ? 'ok' : answer.error.code });
  return answer;
}

function expectRefused(answer: Answer<unknown>, codes: string[], where: string, leakCheck: boolean): void {
  if ('crash' in answer) throw new Error(`${where}: crashed: ${answer.crash}`);
  expect(answer.ok, `${where} must be refused`).toBe(false);
  if (answer.ok) return;
  expect(codes, `${where}: ${answer.error.code}: ${answer.error.message}`).toContain(answer.error.code);
  expect(answer.error.message).not.toMatch(/Something went wrong/u);
  if (leakCheck) for (const secret of secrets) expect(JSON.stringify(answer), `${where} leaks "${secret}"`).not.toContain(secret);
}

describe('the resolver matrix covers every resolver there is', () => {
  it('lists each resolver of src/entry/resolvers and each payload schema of src/contract, and nothing else', () => {
    const defined = Object.keys(definitions).sort();
    expect(Object.keys(MATRIX).sort(), 'a resolver is missing from the permission matrix (or the matrix names one that is gone)').toEqual(defined);
    const contracts = [panelPayloads, settingsPayloads, sprintReadinessPayloads, projectPagePayloads].flatMap((schemas) => Object.keys(schemas)).sort();
    expect(contracts).toEqual(defined);
    for (const [name, spec] of Object.entries(MATRIX)) {
      const manifest = parseYaml(readFileSync(path.resolve(__dirname, '../../manifest.yml'), 'utf8')) as { modules: Record<string, Array<{ key: string; resolver?: { function: string } }>> };
      const module = Object.values(manifest.modules).flat().find((m) => m.key === spec.module);
      expect(module?.resolver?.function, `${name}: its module ${spec.module} has the resolver function`).toBe('resolver');
    }
  });
});

describe('everyone who should be refused is refused, learns nothing and changes nothing', () => {
  const rows: Array<{ who: string; codes: string[]; leak: boolean; applies?: (spec: Spec) => boolean; call: (name: string, spec: Spec) => Promise<Answer<unknown>> }> = [
    {
      who: 'cannot browse the project',
      codes: ['not-found', 'forbidden'],
      leak: true,
      call: async (name, spec) => callAs(name, 'cannot browse the project', OUTSIDER, await contextFor(spec, issueA), await spec.payload(fx)),
    },
    {
      who: 'anonymous',
      codes: ['not-found', 'forbidden', 'invalid-payload'],
      leak: true,
      call: async (name, spec) => callAs(name, 'anonymous', null, await contextFor(spec, issueA), await spec.payload(fx)),
    },
    {
      // The issue's id with another issue's key; a project's id with another project's key.
      who: 'ids and keys disagree',
      codes: ['not-found', 'forbidden'],
      leak: false,
      call: async (name, spec) => {
        const context: ExtensionContext =
          spec.on === 'issue' ? { ...issueA, issue: { ...issueA.issue!, key: issueB.issue!.key } } : { type: 'jira:projectPage', project: { id: ops.id, key: acc.key, type: 'software' } };
        return callAs(name, 'ids and keys disagree', PO, context, await spec.payload(fx));
      },
    },
    {
      // Someone who can browse OPS only, with ACC's ids under OPS's keys: nothing of ACC may be read on the strength of it.
      who: "another project's key with this project's id",
      codes: ['not-found', 'forbidden'],
      leak: true,
      call: async (name, spec) => {
        const context: ExtensionContext =
          spec.on === 'issue'
            ? { type: 'jira:issuePanel', issue: { ...issueA.issue!, key: opsIssue.issue!.key }, project: { id: acc.id, key: ops.key, type: 'software' } }
            : { type: 'jira:projectPage', project: { id: acc.id, key: ops.key, type: 'software' } };
        return callAs(name, "another project's key with this project's id", OUTSIDER, context, await spec.payload(fx));
      },
    },
    {
      who: 'an issue resolver outside an issue',
      codes: ['invalid-payload'],
      leak: false,
      applies: (spec) => spec.on === 'issue',
      call: async (name, spec) => callAs(name, 'an issue resolver outside an issue', PO, await h.projectExtension(PROJECT_PAGE, 'ACC'), await spec.payload(fx)),
    },
  ];

  for (const row of rows) {
    it(`refuses every resolver: ${row.who}`, async () => {
      for (const [name, spec] of Object.entries(MATRIX)) {
        if (row.applies && !row.applies(spec)) continue;
        const before = await fingerprint();
        const answer = await row.call(name, spec);
        expectRefused(answer, row.codes, `${name} (${row.who})`, row.leak);
        expect(await fingerprint(), `${name} (${row.who}) changed something`).toBe(before);
      }
    });
  }

  it('a detected risk already in the register is not confirmed to someone who cannot browse the project', async () => {
    const page = await h.projectExtension(PROJECT_PAGE, 'ACC');
    const tracked = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, page)).detected.find((d) => d.trackedBy !== null);
    expect(tracked, 'the setup promoted one').toBeDefined();
    for (const [who, user, context] of [
      ['cannot browse the project', OUTSIDER, page],
      ["another project's key with this project's id", OUTSIDER, { type: 'jira:projectPage', project: { id: acc.id, key: ops.key, type: 'software' } }],
      ['read-only viewer', OUTSIDER, await h.projectExtension(PROJECT_PAGE, 'OPS')],
    ] as const) {
      const answer = await callAs('promoteDetection', who, user, context, { signalKey: tracked!.signalKey });
      expectRefused(answer, ['not-found', 'forbidden'], `promoteDetection of a tracked signal (${who})`, true);
      expect(JSON.stringify(answer)).not.toContain(tracked!.trackedBy!);
    }
  });

  it('refuses what needs a permission the caller lacks: sign-off without the permission, settings without admin', async () => {
    for (const [name, spec] of Object.entries(MATRIX)) {
      for (const user of LACKING[spec.needs]) {
        const before = await fingerprint();
        const answer = await callAs(name, `lacks ${spec.needs}`, user, await contextFor(spec, issueA), await spec.payload(fx));
        expectRefused(answer, ['forbidden'], `${name} (${user} lacks ${spec.needs})`, false);
        expect(await fingerprint(), `${name} (${user}) changed something`).toBe(before);
      }
    }
  });

  it('refuses every change to someone who may only read (a viewer of OPS), and shows them why', async () => {
    for (const [name, spec] of Object.entries(MATRIX)) {
      const before = await fingerprint();
      const answer = await callAs(name, 'read-only viewer', OUTSIDER, await contextFor(spec, opsIssue), await spec.payload(opsFx));
      if (spec.needs === 'browse') {
        expect('crash' in answer ? answer.crash : answer.ok ? 'ok' : answer.error.message, `${name}: a viewer may read`).toBe('ok');
        continue;
      }
      expectRefused(answer, ['forbidden'], `${name} (read-only viewer)`, false);
      expect(await fingerprint(), `${name} (viewer) changed something`).toBe(before);
    }
    const panel = dataOf(await h.call<PanelView>(OUTSIDER, PANEL, 'getPanel', {}, opsIssue));
    expect(panel.permissions).toMatchObject({ canEdit: false, canSignOff: false });
    expect(panel.permissions.readOnlyReason).toMatch(/Edit issues/u);
    const raid = dataOf(await h.call<RaidView>(OUTSIDER, PROJECT_PAGE, 'getRaid', {}, await h.projectExtension(PROJECT_PAGE, 'OPS')));
    expect(raid.canEdit).toBe(false);
    const settings = dataOf(await h.call<SettingsView>(OUTSIDER, SETTINGS_PAGE, 'getSettings', {}, await h.projectExtension(SETTINGS_PAGE, 'OPS')));
    expect(settings.canAdminister).toBe(false);
  });

  it('payloads cannot name the issue or project: a smuggled key is refused before anything is read', async () => {
    for (const [name, spec] of Object.entries(MATRIX)) {
      const payload = (await spec.payload(fx)) as Record<string, unknown>;
      for (const smuggled of [{ issueKey: issueB.issue!.key }, { projectId: ops.id }, { accountId: PO }]) {
        const answer = await callAs(name, 'smuggled ids', DEV, await contextFor(spec, issueA), { ...payload, ...smuggled });
        expectRefused(answer, ['invalid-payload'], `${name} with ${Object.keys(smuggled)[0]}`, false);
      }
    }
  });

  it('the allowed caller of each resolver succeeds (so each refusal above was about who asked)', async () => {
    const order = ['getPanel', 'saveCriteria', 'importCriteria', 'verifyCriterion', 'approve', 'requestChanges', 'getSignoffHistory'];
    const names = [...order, ...Object.keys(MATRIX).filter((n) => !order.includes(n))];
    for (const name of names) {
      const spec = MATRIX[name]!;
      const answer = await callAs(name, 'allowed', ALLOWED[spec.needs], await contextFor(spec, issueA), await spec.payload(fx));
      expect('crash' in answer ? answer.crash : answer.ok ? 'ok' : `${answer.error.code}: ${answer.error.message}`, name).toBe('ok');
    }
    const readiness = dataOf(await h.call<SprintReadinessView>(DEV, SPRINT_ACTION, 'getSprintReadiness', {}, await h.projectExtension(SPRINT_ACTION, 'ACC')));
    expect(readiness.tickets.length).toBeGreaterThan(0);
  });
});

describe('every other handler the manifest names', () => {
  const manifest = parseYaml(readFileSync(path.resolve(__dirname, '../../manifest.yml'), 'utf8')) as { modules: { function: Array<{ key: string; handler: string }> } };
  const handlers = manifest.modules.function.map((f) => f.handler.replace(/^index\./u, ''));
  const call = (name: string, ...args: unknown[]) => (appEntry as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]!(...args);

  /** What each handler is checked with, below; a handler added to the manifest without a line here fails. */
  const COVERED: Record<string, string> = {
    resolver: 'the resolver matrix above',
    signoffValidator: 'forged mirrors, unknown issues, malformed arguments, a description changed on the transition screen',
    issueUpdated: 'malformed and self-generated events; an edit by anyone makes an approval stale',
    issueDeleted: 'malformed events are ignored (deletion itself: hygiene.test.ts)',
    readinessScan: 'runs without a user and answers 204',
    projectJobWorker: 'malformed messages and unknown jobs are ignored',
    decisionCommentWorker: 'malformed messages and retries of nothing are ignored, no comment written',
    projectSnapshots: 'runs without a user and answers 204',
    projectChanged: 'malformed and unknown events are ignored',
  };

  it('lists every function of manifest.yml, each exported by src/index.ts', () => {
    expect(Object.keys(COVERED).sort()).toEqual([...handlers].sort());
    for (const name of handlers) expect(typeof (appEntry as Record<string, unknown>)[name], name).toBe('function');
  });

  it('the validator reads the record, never the mirror, and refuses in words whatever it is handed', async () => {
    const key = issueB.issue!.key;
    // The issue has criteria and is awaiting sign-off; a developer writes "approved" into the mirrors by hand.
    const view = dataOf(await h.call<PanelView>(PO, PANEL, 'saveCriteria', { version: (await fixtureFor(h, PO, () => issueB, () => 'ACC').panel()).version, criteria: [{ text: 'Search finds credit notes' }] }, issueB));
    expect(view.signoff.state).toBe('pending');
    for (const [property, value] of [['accord-signoff', { state: 'approved', hash: view.contentHash, updatedAt: null }], ['accord-criteria', { count: 1, passed: 1, failed: 0 }], ['accord-readiness', { score: 100, ready: 'true', threshold: 70, fingerprint: 'x', findings: [], checkedAt: '2026-01-01T00:00:00Z' }]] as const) {
      expect([200, 201]).toContain((await h.rest('PUT', `/rest/api/3/issue/${key}/properties/${property}`, value, DEV)).status);
    }
    const args = (issueKey: string, modifiedFields?: Record<string, unknown>) => ({ issue: { key: issueKey }, configuration: {}, transition: { from: { id: '3' }, to: { id: '4' }, ...(modifiedFields ? { modifiedFields } : {}) } });
    const forged = await h.sandbox.runtime.runWorkflowValidator('requires-po-signoff', args(key));
    handlerCases.push('validator: forged mirror');
    expect(forged.result).toBe(false);
    expect(forged.errorMessage).toMatch(/Paula Owner can sign off/u);
    // JQL sees the forgery until Accord rewrites it; the sprint check reads the records and repairs all three.
    const sprint = dataOf(await h.call<SprintReadinessView>(DEV, SPRINT_ACTION, 'checkSprintReadiness', {}, await h.projectExtension(SPRINT_ACTION, 'ACC')));
    expect(sprint.tickets.find((t) => t.key === key)?.signoff).toBe('pending');
    const mirror = await h.rest('GET', `/rest/api/3/issue/${key}/properties/accord-signoff`);
    expect((mirror.body as { value: { state: string } }).value.state).toBe('pending');
    const readiness = await h.rest('GET', `/rest/api/3/issue/${key}/properties/accord-readiness`);
    expect((readiness.body as { value: { fingerprint: string } }).value.fingerprint).not.toBe('x');
    handlerCases.push('sprint check: forged mirrors repaired');

    for (const [what, input] of [
      ['an issue that does not exist', args('ACC-99999')],
      ['no issue', { configuration: {} }],
      ['not an object', 'ACC-1'],
    ] as const) {
      const answer = (await call('signoffValidator', input)) as { result: boolean; errorMessage?: string };
      handlerCases.push(`validator: ${what}`);
      expect(answer.result, what).toBe(false);
      expect(answer.errorMessage, what).toMatch(/^[A-Z].{20,}/u);
    }
    // Approved, then the transition screen changes the description: judged on what it will be.
    const approved = dataOf(await h.call<PanelView>(PO, PANEL, 'approve', { version: (await fixtureFor(h, PO, () => issueB, () => 'ACC').panel()).version, contentHash: (await fixtureFor(h, PO, () => issueB, () => 'ACC').panel()).contentHash }, issueB));
    expect(approved.signoff.state).toBe('approved');
    expect((await h.sandbox.runtime.runWorkflowValidator('requires-po-signoff', args(key))).result).toBe(true);
    const changed = await h.sandbox.runtime.runWorkflowValidator('requires-po-signoff', args(key, { description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New scope' }] }] } }));
    expect(changed.result).toBe(false);
    handlerCases.push('validator: approved', 'validator: description changed on the transition');
  });

  it('triggers and consumers ignore what they cannot read, and self-generated changes', async () => {
    const before = await fingerprint();
    const junk: unknown[] = [undefined, null, 42, 'text', [], {}, { issue: null }, { issue: { id: {} } }, { body: { job: 'x' } }, { eventType: 7 }, { ['__proto__']: { polluted: true } }];
    for (const handler of ['issueUpdated', 'issueDeleted', 'projectChanged', 'projectJobWorker', 'decisionCommentWorker']) {
      for (const event of junk) {
        handlerCases.push(`${handler}: junk`);
        await expect(call(handler, event), `${handler}(${JSON.stringify(event)})`).resolves.toBeUndefined();
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await call('projectJobWorker', { body: { job: 'no-such-job', projectId: acc.id, projectKey: 'ACC', runId: null } });
    await call('decisionCommentWorker', { body: { issueId: issueA.issue!.id, issueKey: issueA.issue!.key, projectId: acc.id, at: '2020-01-01T00:00:00.000Z' } });
    handlerCases.push('projectJobWorker: unknown job', 'decisionCommentWorker: nothing pending');
    expect(await fingerprint()).toBe(before);

    // A self-generated description change is not the user's: it does not make the approval stale.
    const key = issueB.issue!.key;
    const staleBefore = dataOf(await h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueB)).historyTotal;
    await call('issueUpdated', { selfGenerated: true, issue: { id: issueB.issue!.id, key }, changelog: { items: [{ field: 'description', fieldId: 'description' }] } });
    handlerCases.push('issueUpdated: self-generated');
    expect(dataOf(await h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueB)).historyTotal).toBe(staleBefore);
  });

  it('scheduled triggers run without a user and answer 204', async () => {
    for (const name of ['readinessScan', 'projectSnapshots']) {
      handlerCases.push(`${name}: scheduled`);
      expect(await call(name, { context: { cloudId: 'x', moduleKey: 'y' } }, { principal: undefined })).toEqual({ statusCode: 204 });
    }
    await h.sandbox.runtime.drainQueues();
  });
});
