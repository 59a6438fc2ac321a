/**
 * Faults: the same day's work (criteria, a decision each way, a stale mark, settings, RAID items, a readiness scan,
 * a project snapshot) done once on a quiet Jira and again, on a fresh site, with a fault at every step: 429
 * storms with and without Retry-After, 503s, latency spikes, answers lost after Jira wrote, KVS write conflicts,
 * the scan and the snapshot cut off half-way, and every product event and queue message delivered twice. The
 * people using the pages do what a person does: on "Jira is busy, try again" or a conflict they reload and
 * apply their change again. The final state must equal the quiet run's, with no decision commented twice and no
 * history entry twice; and every refusal that says "Nothing was changed" must have changed nothing.
 *
 * The app's Jira client takes its sleep and clock from forge-jira.ts: here they are a virtual clock, so a 30 s
 * backoff costs nothing, and the budgets are still honoured as the app counts them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { forApp } from '../../src/adapters/jira';
import { createKvsRecordStore } from '../../src/adapters/store/kvs-record-store';
import type { JobDeps, ProjectJob } from '../../src/app/jobs/project-job';
import { runProjectJob, type JobOutcome } from '../../src/app/jobs/run-project-job';
import { readinessScanJob } from '../../src/app/readiness/readiness-scan';
import { projectSnapshotJob } from '../../src/app/snapshot/project-snapshot-job';
import type { PanelView } from '../../src/contract/issue-panel';
import type { RaidView } from '../../src/contract/project-page';
import type { SettingsView } from '../../src/contract/project-settings';
import { adfToPlainText } from '../../src/domain/adf';
import type { JiraPort } from '../../src/ports/jira';
import type { JobMessage } from '../../src/ports/job-queue';
import type { EmulatorRequest, EmulatorResponse, ProductEvent } from '../../sandbox/jira/emulator-types';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import { keysOf } from '../support/seed-tickets';
import { dataOf, openTrustHarness, PANEL, PM, PO, PROJECT_PAGE, SETTINGS_PAGE, type Answer, type TrustHarness } from './support/trust-harness';
import { seededRandom, type SeededRandom } from './support/seeded-random';
import { printTrustLine, trustSeed } from './support/trust-line';

const virtual = vi.hoisted(() => {
  let offsetMs = 0;
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
      offsetMs += ms;
    },
    now: () => Date.now() + offsetMs,
    random: () => 0.5,
  };
});

vi.mock('../../src/adapters/jira/forge-jira', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/adapters/jira/forge-jira')>();
  const time = { sleep: virtual.sleep, now: virtual.now, random: virtual.random };
  return {
    ...actual,
    forUser: (options: Parameters<typeof actual.forUser>[0] = {}) => actual.forUser({ ...time, ...options }),
    forApp: (options: Parameters<typeof actual.forApp>[0] = {}) => actual.forApp({ ...time, ...options }),
  };
});

const SEED = trustSeed(20_260_301);
/** Faulted runs, each on a fresh site with its own fault at each step (seeded). */
const FAULTED_RUNS = 4;
const ENTITY = 'entity:accord-record';

type Regime = 'none' | '429-retry-after' | '429-no-retry-after' | '503' | 'latency' | 'lost-answer' | 'kvs-conflict' | 'busy-after-write';
const USER_REGIMES: Regime[] = ['429-retry-after', '429-no-retry-after', '503', 'latency', 'lost-answer', 'kvs-conflict', 'busy-after-write'];

interface RunStats {
  actions: number;
  attempts: number;
  refusals: Record<string, number>;
  dishonest: string[];
  crashes: string[];
  faults: Record<string, number>;
  duplicatedEvents: number;
  duplicatedMessages: number;
  jobCuts: number;
}

/** A fresh seeded site with the faults this run injects; `regime` arms one for the next action. */
class FaultySite {
  readonly stats: RunStats = { actions: 0, attempts: 0, refusals: {}, dishonest: [], crashes: [], faults: {}, duplicatedEvents: 0, duplicatedMessages: 0, jobCuts: 0 };
  private loseNextWrite = false;
  private conflictNextWrite = false;
  private busyAfterNextWrite = false;
  private readonly rng: SeededRandom;

  constructor(
    readonly h: TrustHarness,
    readonly faulted: boolean,
    seed: number,
  ) {
    this.rng = seededRandom(seed);
    if (!faulted) return;
    this.loseAnswers();
    this.conflictWrites();
    this.deliverEverythingTwice();
  }

  next(max: number): number {
    return this.rng.int(max);
  }

  arm(regime: Regime): void {
    if (regime === 'none') return;
    this.stats.faults[regime] = (this.stats.faults[regime] ?? 0) + 1;
    const faults = this.h.sandbox.jira.faults;
    const n = 3 + this.next(6);
    if (regime === '429-retry-after') Object.assign(faults, { rateLimitNext: n, retryAfterSeconds: 1 + this.next(3) });
    if (regime === '429-no-retry-after') Object.assign(faults, { rateLimitNext: n, retryAfterSeconds: null });
    if (regime === '503') Object.assign(faults, { unavailableNext: n, retryAfterSeconds: this.next(2) === 0 ? null : 2 });
    if (regime === 'latency') faults.latencyMs = 15 + this.next(30);
    if (regime === 'lost-answer') this.loseNextWrite = true;
    if (regime === 'kvs-conflict') this.conflictNextWrite = true;
    if (regime === 'busy-after-write') this.busyAfterNextWrite = true;
  }

  disarm(): void {
    Object.assign(this.h.sandbox.jira.faults, { rateLimitNext: 0, unavailableNext: 0, latencyMs: 0, retryAfterSeconds: null });
    this.loseNextWrite = false;
    this.conflictNextWrite = false;
    this.busyAfterNextWrite = false;
  }

  /** Jira does the write, but the answer never reaches the app (a gateway error after the fact). */
  private loseAnswers(): void {
    const jira = this.h.sandbox.jira;
    const handle = jira.handle.bind(jira);
    jira.handle = async (request: EmulatorRequest): Promise<EmulatorResponse> => {
      const answer = await handle(request);
      const write = request.method !== 'GET' && !request.path.startsWith('/rest/api/3/search');
      if (this.loseNextWrite && write) {
        this.loseNextWrite = false;
        this.stats.faults['lost-answer-served'] = (this.stats.faults['lost-answer-served'] ?? 0) + 1;
        return { status: 502, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorMessages: ['Bad gateway'], errors: {} }) };
      }
      return answer;
    };
  }

  /**
   * Someone else's write lands between the app's read and its conditional write (same data, next version); or,
   * once the app has written, Jira turns busy (429s without Retry-After) for the rest of the action.
   */
  private conflictWrites(): void {
    const kvs = this.h.sandbox.runtime.kvs;
    const fetch = kvs.fetch.bind(kvs);
    kvs.fetch = async (path: string, init?: { body?: unknown }) => {
      const writes = path === '/api/v1/transaction' || path === '/api/v1/entity/set';
      if (this.busyAfterNextWrite && writes) {
        this.busyAfterNextWrite = false;
        const answer = await fetch(path, init);
        this.stats.faults['busy-after-write-served'] = (this.stats.faults['busy-after-write-served'] ?? 0) + 1;
        Object.assign(this.h.sandbox.jira.faults, { rateLimitNext: 40, retryAfterSeconds: null });
        return answer;
      }
      if (this.conflictNextWrite && path === '/api/v1/transaction' && typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as { set?: Array<{ key: string }> };
        const existing = (body.set ?? []).map((s) => kvs.getRaw(s.key, ENTITY)).find((item) => item !== undefined);
        if (existing) {
          this.conflictNextWrite = false;
          this.stats.faults['kvs-conflict-served'] = (this.stats.faults['kvs-conflict-served'] ?? 0) + 1;
          const row = existing.value as { version: number };
          kvs.handle('/api/v1/entity/set', JSON.stringify({ entityName: 'accord-record', key: existing.key, value: { ...row, version: row.version + 1 } }));
        }
      }
      return fetch(path, init);
    };
  }

  /** At-least-once delivery, at its worst: every product event and every queue message arrives twice, at once. */
  private deliverEverythingTwice(): void {
    const runtime = this.h.sandbox.runtime;
    this.h.sandbox.jira.onProductEvent((event: ProductEvent) => {
      this.stats.duplicatedEvents += 1;
      void runtime.deliverProductEvent(event);
    });
    type Fetch = (descriptor: { remote?: string }, path: string, init?: unknown) => Promise<Response>;
    const fetch = globalThis.__forge_fetch__ as Fetch;
    globalThis.__forge_fetch__ = (async (descriptor, path, init) => {
      if (descriptor?.remote === 'stargate' && typeof path === 'string' && path.startsWith('/webhook/queue/publish/')) {
        this.stats.duplicatedMessages += 1;
        await fetch(descriptor, path, init);
      }
      return fetch(descriptor, path, init);
    }) as Fetch;
  }
}

/** What a person does with a page: reload, apply the change unless it is already there, retry on busy or conflict. */
async function act<V>(
  site: FaultySite,
  step: string,
  regime: Regime,
  reload: () => Promise<V>,
  done: (view: V) => boolean,
  send: (view: V) => Promise<Answer<unknown>>,
): Promise<void> {
  site.stats.actions += 1;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const view = await reload();
    if (done(view)) return;
    site.stats.attempts += 1;
    if (attempt === 0) site.arm(regime);
    const answer = await send(view);
    site.disarm();
    if ('crash' in answer) {
      site.stats.crashes.push(`${step}: ${answer.crash}`);
      return;
    }
    if (answer.ok) return;
    const { code, message } = answer.error;
    site.stats.refusals[code] = (site.stats.refusals[code] ?? 0) + 1;
    if (code === 'jira-unavailable' && /Nothing was changed/u.test(message) && done(await reload())) site.stats.dishonest.push(`${step} (${regime}): "${message}" but the change was made`);
    if (code !== 'jira-unavailable' && code !== 'conflict') throw new Error(`${step} (${regime}) was refused: ${code}: ${message}`);
  }
  throw new Error(`${step} never went through`);
}

/** Reads until Jira answers (the reload a person makes after "try again"). */
async function until<T>(read: () => Promise<Answer<T>>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await read();
    if (!('crash' in answer) && answer.ok) return answer.data;
    if (attempt > 20) return dataOf(answer);
  }
}

/** A JiraPort that dies (as a killed invocation does) after `calls` requests. */
function dyingJira(inner: JiraPort, calls: number, site: FaultySite): JiraPort {
  let made = 0;
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        made += 1;
        if (made > calls) {
          if (made === calls + 1) site.stats.jobCuts += 1;
          throw new Error('invocation killed');
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function jobDeps(h: TrustHarness, jira: JiraPort, remaining: () => number, pushed: JobMessage[]): JobDeps {
  return {
    jira,
    store: createKvsRecordStore(),
    queue: { push: async (m) => void pushed.push(m) },
    clock: { now: () => h.sandbox.runtime.clock.now().getTime() },
    deadline: { remainingMs: remaining },
    newRunId: () => randomUUID(),
  };
}

/**
 * A project job as the runtime would run it: a fault-free run in one go, or (faulted) an invocation killed after a
 * few Jira calls, the next one running out of time after a step (its continuation queued), and the deliveries
 * after that resuming from the checkpoint until the run is done.
 */
async function runJob<C, P>(site: FaultySite, job: ProjectJob<C, P>, project: { id: string; key: string }): Promise<JobOutcome<P>> {
  const pushed: JobMessage[] = [];
  const plenty = () => 600_000;
  if (!site.faulted) return runProjectJob(jobDeps(site.h, forApp(), plenty, pushed), job, project, { fresh: true });
  let outcome = await runProjectJob(jobDeps(site.h, dyingJira(forApp(), 1 + site.next(3), site), plenty, pushed), job, project, { fresh: true });
  let checks = 0;
  const shortLived = () => (++checks > 0 ? 0 : 600_000);
  for (let attempt = 0; attempt < 12 && outcome.status !== 'finished'; attempt += 1) {
    if (outcome.status === 'continued') site.stats.jobCuts += 1;
    const runId = outcome.status === 'continued' || outcome.status === 'retrying' ? pushed.at(-1)?.runId : undefined;
    outcome = await runProjectJob(jobDeps(site.h, forApp(), attempt === 0 ? shortLived : plenty, pushed), job, project, runId ? { runId } : {});
  }
  return outcome;
}

/** Adds tickets to the future sprint, so the readiness scan spans several pages and can be cut off between them. */
async function addFutureTickets(h: TrustHarness, n: number): Promise<void> {
  const sprints = await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=future');
  const sprintId = (sprints.body as { values: Array<{ id: number }> }).values[0]!.id;
  const keys: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const created = await h.rest('POST', '/rest/api/3/issue', { fields: { project: { key: 'ACC' }, issuetype: { name: i % 3 === 0 ? 'Bug' : 'Story' }, summary: `Planned ticket ${i}` } }, PO);
    keys.push((created.body as { key: string }).key);
  }
  for (let i = 0; i < keys.length; i += 50) expect((await h.rest('POST', `/rest/agile/1.0/sprint/${sprintId}/issue`, { issues: keys.slice(i, i + 50) }, PO)).status).toBe(204);
  await h.sandbox.runtime.drainQueues();
}

/**
 * Lets every trigger, queue message and delayed retry run: sandbox time moves on three minutes (a comment retry
 * waits 30 to 120 s), never as far as the hourly triggers, which would start runs of their own in between.
 */
async function settle(h: TrustHarness): Promise<void> {
  await h.sandbox.runtime.drainQueues();
  for (let i = 0; i < 3; i += 1) {
    await h.sandbox.runtime.clock.advance(61_000);
    await h.sandbox.runtime.drainQueues();
  }
}

const RISK = 'Payment provider may end the contract in March';
const DECISION = 'Invoices keep their original currency';
const CRITERIA = ['Searching by invoice number shows that invoice first', 'Amounts with decimals are found', 'Given no invoice matches\nWhen I search\nThen I see "No invoices found"'];

interface ScenarioResult {
  state: unknown;
  comments: Record<string, string[]>;
  histories: Record<string, string[]>;
  scan: { status: string; checked: number; error?: string };
  snapshot: { status: string; error?: string };
  rerun: { scanChanged: number; snapshotWritten: number };
}

/** The day's work; each step gets its regime from `regimeOf`. */
async function scenario(site: FaultySite, regimeOf: (step: string) => Regime): Promise<ScenarioResult> {
  const { h } = site;
  const [a, b] = await keysOf(h, ['invoice-search', 'notification-settings']);
  const acc = await h.project('ACC');
  const issueExt = new Map<string, ExtensionContext>([[a, await h.issueExtension(a)], [b, await h.issueExtension(b)]]);
  const pageExt = await h.projectExtension(PROJECT_PAGE, 'ACC');
  const settingsExt = await h.projectExtension(SETTINGS_PAGE, 'ACC');
  await addFutureTickets(h, 150);
  const panel = (key: string) => () => until(() => h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueExt.get(key)!));
  const onPanel = (key: string, fn: string, payload: unknown) => h.call<PanelView>(PO, PANEL, fn, payload, issueExt.get(key)!);
  const raid = () => until(() => h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, pageExt));
  const settings = () => until(() => h.call<SettingsView>(PM, SETTINGS_PAGE, 'getSettings', {}, settingsExt));
  const decisions = (v: PanelView, d: string) => v.history.filter((e) => e.decision === d).length;

  await act(site, 'save settings', regimeOf('save settings'), settings, (v) => v.settings.rubric.threshold === 75, (v) =>
    h.call(PM, SETTINGS_PAGE, 'saveSettings', { version: v.version, settings: { rubric: { threshold: 75 } } }, settingsExt),
  );
  await settle(h);
  await act(site, 'save criteria', regimeOf('save criteria'), panel(a), (v) => v.criteria.length === CRITERIA.length, (v) =>
    onPanel(a, 'saveCriteria', { version: v.version, criteria: CRITERIA.map((text) => ({ text })) }),
  );
  await act(site, 'verify', regimeOf('verify'), panel(a), (v) => v.criteria[0]?.verification.state === 'passed', (v) =>
    onPanel(a, 'verifyCriterion', { version: v.version, criterionId: v.criteria[0]!.id, state: 'passed' }),
  );
  await act(site, 'approve', regimeOf('approve'), panel(a), (v) => decisions(v, 'approved') === 1, (v) => onPanel(a, 'approve', { version: v.version, contentHash: v.contentHash }));
  await settle(h);
  await act(site, 'import', regimeOf('import'), panel(b), (v) => v.criteria.length > 0, (v) => onPanel(b, 'importCriteria', { version: v.version, mode: 'append' }));
  await act(site, 'request changes', regimeOf('request changes'), panel(b), (v) => decisions(v, 'changes_requested') === 1, (v) =>
    onPanel(b, 'requestChanges', { version: v.version, contentHash: v.contentHash, feedback: 'The reminder e-mail is missing from the list' }),
  );
  await settle(h);

  // The description of the approved issue changes in Jira: the update trigger marks the approval stale.
  site.arm(regimeOf('edit description') === 'kvs-conflict' ? 'kvs-conflict' : 'none');
  const edit = await h.rest('PUT', `/rest/api/3/issue/${a}`, { fields: { description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Search also covers credit notes.' }] }] } } }, PO);
  expect(edit.status).toBe(204);
  await settle(h);
  site.disarm();
  await act(site, 'approve again', regimeOf('approve again'), panel(a), (v) => decisions(v, 'approved') === 2, (v) => onPanel(a, 'approve', { version: v.version, contentHash: v.contentHash }));
  await settle(h);

  await act(site, 'create risk', regimeOf('create risk'), raid, (v) => v.items.some((i) => i.item.title === RISK), () =>
    h.call(PM, PROJECT_PAGE, 'createRaidItem', { item: { kind: 'risk', title: RISK, likelihood: 3, impact: 3 } }, pageExt),
  );
  await act(site, 'update risk', regimeOf('update risk'), raid, (v) => v.items.some((i) => i.item.title === RISK && i.item.kind === 'risk' && i.item.impact === 5), (v) => {
    const risk = v.items.find((i) => i.item.title === RISK)!;
    return h.call(PM, PROJECT_PAGE, 'updateRaidItem', { itemId: risk.item.id, patch: { version: risk.item.version, impact: 5 } }, pageExt);
  });
  await act(site, 'create decision', regimeOf('create decision'), raid, (v) => v.items.some((i) => i.item.title === DECISION), () =>
    h.call(PM, PROJECT_PAGE, 'createRaidItem', { item: { kind: 'decision', title: DECISION, rationale: 'Customers compare with their bank statements' } }, pageExt),
  );
  // "Refresh" on the project page queues a snapshot run; the job worker takes it from the queue.
  await act(site, 'refresh snapshot', regimeOf('refresh snapshot'), async () => null, () => false, () => h.call(PM, PROJECT_PAGE, 'refreshSnapshot', {}, pageExt));
  await settle(h);

  const scan = await runJob(site, readinessScanJob, acc);
  const snapshot = await runJob(site, projectSnapshotJob, acc);
  await settle(h);

  // A quiet rerun of each job must find nothing to change: the faulted state is the fault-free one.
  site.disarm();
  const rescan = await runProjectJob(jobDeps(h, forApp(), () => 600_000, []), readinessScanJob, acc, { fresh: true });
  const resnap = await runProjectJob(jobDeps(h, forApp(), () => 600_000, []), projectSnapshotJob, acc, { fresh: true });

  const comments: Record<string, string[]> = {};
  const histories: Record<string, string[]> = {};
  for (const key of [a, b]) {
    const listed = (await h.rest('GET', `/rest/api/3/issue/${key}/comment?maxResults=100`)).body as { comments: Array<{ body: unknown }> };
    comments[key] = listed.comments.map((c) => adfToPlainText(c.body as never)).filter((text) => text.includes('Recorded by Accord'));
    const view = dataOf(await h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueExt.get(key)!));
    histories[key] = view.history.map((e) => `${e.at} ${e.decision}`);
  }
  return {
    state: await normalisedState(h, [a, b], issueExt, pageExt),
    comments,
    histories,
    scan: { status: scan.status, ...('error' in scan ? { error: scan.error } : {}), checked: 'progress' in scan ? (scan.progress as { checked: number }).checked : -1 },
    snapshot: { status: snapshot.status, ...('error' in snapshot ? { error: snapshot.error } : {}) },
    rerun: {
      scanChanged: 'progress' in rescan ? (rescan.progress as { changed: number }).changed : -1,
      snapshotWritten: 'progress' in resnap ? (resnap.progress as { written: number }).written : -1,
    },
  };
}

/** Everything the work left behind, without what differs between two sites by nature (times, ids, hashes). */
async function normalisedState(h: TrustHarness, keys: string[], issueExt: Map<string, ExtensionContext>, pageExt: ExtensionContext) {
  const issues: Record<string, unknown> = {};
  for (const key of keys) {
    const view = dataOf(await h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueExt.get(key)!));
    const mirror = async (name: string) => ((await h.rest('GET', `/rest/api/3/issue/${key}/properties/${name}`)).body as { value?: Record<string, unknown> } | null)?.value ?? null;
    const signoff = await mirror('accord-signoff');
    issues[key] = {
      criteria: view.criteria.map((c) => [c.text, c.verification.state, c.verification.by?.accountId ?? null]),
      signoff: view.signoff.state,
      decidedBy: view.signoff.decidedBy?.accountId ?? null,
      feedback: view.signoff.feedback,
      commentNotice: view.signoff.commentNotice,
      history: view.history.map((e) => [e.decision, e.by?.accountId ?? null, e.feedback]),
      historyTotal: view.historyTotal,
      mirrors: { signoff: signoff?.['state'] ?? null, criteria: await mirror('accord-criteria') },
      readiness: view.readiness?.score ?? null,
    };
  }
  const raid = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, pageExt));
  const records = h.records();
  const census: Record<string, number> = {};
  for (const row of records.values()) census[row.kind] = (census[row.kind] ?? 0) + 1;
  const settings = [...records.values()].find((r) => r.kind === 'settings')?.data ?? null;
  const jobs = [...records.values()].filter((r) => r.kind === 'job').map((r) => (r.data as { status: string }).status);
  const readiness: Record<string, unknown> = {};
  let token: string | undefined;
  do {
    const page = (await h.rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC AND sprint in futureSprints() ORDER BY key', fields: ['summary'], properties: ['accord-readiness'], maxResults: 100, nextPageToken: token }))
      .body as { issues: Array<{ key: string; properties?: Record<string, { score?: number; ready?: unknown }> }>; nextPageToken?: string };
    for (const issue of page.issues) readiness[issue.key] = [issue.properties?.['accord-readiness']?.score ?? null, issue.properties?.['accord-readiness']?.ready ?? null];
    token = page.nextPageToken;
  } while (token);
  return {
    issues,
    raid: raid.items.map((i) => ({ label: i.label, kind: i.item.kind, title: i.item.title, status: i.item.status, version: i.item.version, owner: i.item.owner, score: i.item.kind === 'risk' ? i.item.score : null })),
    raidHistory: [...records.values()].filter((r) => r.kind === 'raid-item').map((r) => (r.data as { history: { entries: number } }).history.entries).sort(),
    census,
    settings,
    jobs,
    readiness,
  };
}

const runs: Array<{ seed: number; stats: RunStats; result: ScenarioResult }> = [];
let quiet: ScenarioResult;
const STEPS = ['save settings', 'save criteria', 'verify', 'approve', 'edit description', 'import', 'request changes', 'approve again', 'create risk', 'update risk', 'create decision', 'refresh snapshot'];

afterAll(() => {
  const total = (pick: (s: RunStats) => number) => runs.reduce((sum, r) => sum + pick(r.stats), 0);
  const faults: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.stats.faults)) faults[k] = (faults[k] ?? 0) + v;
  printTrustLine({
    suite: 'faults',
    cases: total((s) => s.actions) + runs.length * 2,
    seed: SEED,
    faultedRuns: runs.length,
    userActions: total((s) => s.actions),
    attempts: total((s) => s.attempts),
    faults,
    jobsCutOff: total((s) => s.jobCuts),
    eventsDeliveredTwice: total((s) => s.duplicatedEvents),
    messagesDeliveredTwice: total((s) => s.duplicatedMessages),
    refusals: runs.reduce<Record<string, number>>((all, r) => {
      for (const [k, v] of Object.entries(r.stats.refusals)) all[k] = (all[k] ?? 0) + v;
      return all;
    }, {}),
    ticketsScanned: quiet?.scan.checked ?? 0,
    sameFinalState: runs.every((r) => JSON.stringify(r.result.state) === JSON.stringify(quiet.state)),
    doubleComments: runs.reduce((n, r) => n + Object.values(r.result.comments).reduce((m, list) => m + (list.length - new Set(list).size), 0), 0),
    dishonestRefusals: total((s) => s.dishonest.length),
    crashes: total((s) => s.crashes.length),
    virtualWaitSeconds: Math.round(virtual.waits.reduce((sum, ms) => sum + ms, 0) / 1000),
  });
});

describe('faults: the final state equals a quiet run, nothing is written twice', () => {
  it('a quiet run: the reference', async () => {
    const h = await openTrustHarness();
    try {
      const site = new FaultySite(h, false, SEED);
      quiet = await scenario(site, () => 'none');
      expect(site.stats.crashes).toEqual([]);
      expect(quiet.scan).toMatchObject({ status: 'finished' });
      expect(quiet.snapshot).toMatchObject({ status: 'finished' });
      expect(quiet.rerun).toEqual({ scanChanged: 0, snapshotWritten: 0 });
      // One comment per decision (approve, request changes, approve again), each naming its own decision.
      expect(Object.values(quiet.comments).map((list) => list.length).sort()).toEqual([1, 2]);
    } finally {
      await h.close();
    }
  });

  for (let run = 0; run < FAULTED_RUNS; run += 1) {
    it(`faulted run ${run + 1}: a fault at every step, every event and message delivered twice`, async () => {
      expect(quiet, 'the quiet run comes first').toBeDefined();
      const h = await openTrustHarness();
      try {
        const seed = SEED + run;
        const site = new FaultySite(h, true, seed);
        // Every step sees each user-facing fault across the runs (rotated), the rest seeded.
        const regimeOf = (step: string): Regime => USER_REGIMES[(STEPS.indexOf(step) + run * 2) % USER_REGIMES.length]!;
        const result = await scenario(site, regimeOf);
        runs.push({ seed, stats: site.stats, result });
        expect(site.stats.crashes).toEqual([]);
        expect(site.stats.dishonest).toEqual([]);
        expect(result.scan).toMatchObject({ status: 'finished' });
        expect(result.snapshot).toMatchObject({ status: 'finished' });
        expect(result.rerun).toEqual({ scanChanged: 0, snapshotWritten: 0 });
        for (const [key, list] of Object.entries(result.comments)) {
          expect(new Set(list).size, `a decision commented twice on ${key}`).toBe(list.length);
          expect(list.length).toBe(quiet.comments[Object.keys(quiet.comments)[Object.keys(result.comments).indexOf(key)]!]!.length);
        }
        for (const [key, list] of Object.entries(result.histories)) expect(new Set(list).size, `a history entry twice on ${key}`).toBe(list.length);
        expect(result.state).toEqual(quiet.state);
        expect(site.stats.duplicatedEvents).toBeGreaterThan(0);
        expect(site.stats.duplicatedMessages).toBeGreaterThan(0);
        expect(site.stats.jobCuts).toBeGreaterThanOrEqual(3);
      } finally {
        await h.close();
      }
    });
  }
});
