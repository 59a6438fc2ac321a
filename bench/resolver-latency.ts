/**
 * Latency of the issue panel's and the project page's resolvers in the sandbox: `npx tsx --expose-gc
 * bench/resolver-latency.ts` (or `npm run bench -- resolver`). Each resolver is invoked the way the Custom UI
 * does (module, function, payload, extension context, signed-in user) about 200 times after a warm-up; prints
 * median and p95 in ms, Jira requests per call, and one `BENCH {...}` line. The project page is measured again
 * with 10,000 more tickets in the sprint (a tenth of the calls): real texts from the NeoDataset (see
 * _lib/neodataset.ts), a part skipped without it. Optional argument: calls per resolver.
 */
import { performance } from 'node:perf_hooks';
import type { PanelView } from '../src/contract/issue-panel';
import type { Result } from '../src/contract/result';
import type { SprintReadinessView } from '../src/contract/sprint-readiness';
import type { ExtensionContext } from '../sandbox/runtime/types';
import type { Sandbox } from '../sandbox/server';
import { DEMO_SPRINT_IDS } from '../sandbox/seed/site-layout';
import { openBenchSandbox } from './_lib/bench-sandbox';
import { loadTickets } from './_lib/load-tickets';
import { hasNeoDataset, readNeoTickets } from './_lib/neodataset';
import { tallyRequests } from './_lib/request-counts';
import { formatTable, median, p95, printBenchLine, round } from './_lib/stats';

const CALLS = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 200;
const WARM_UP = 5;
const PANEL = 'accord-issue-panel';
const PROJECT_PAGE = 'accord-project-page';
const PO = 'demo-po';
const PM = 'demo-pm';
/** Tickets added to the future sprint for the project page's large case. */
const BIG_SPRINT = 10_000;

interface Call<T> {
  ms: number;
  jiraRequests: number;
  requestsByRoute: Record<string, number>;
  answer: T;
}

interface Series {
  name: string;
  ms: number[];
  jiraRequests: number[];
  failures: number;
}

/** Calls Jira's REST API of the sandbox as the app, as a script would. */
async function rest(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await sandbox.jira.handle({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    actor: { kind: 'app' },
    fromApp: false,
  });
  if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${response.body ?? ''}`);
  return response.body ? (JSON.parse(response.body) as unknown) : null;
}

/** The extension context Jira gives an issue panel (as in test/integration/app/sandbox-harness.ts). */
async function issueExtension(sandbox: Sandbox, key: string): Promise<ExtensionContext> {
  const issue = (await rest(sandbox, 'GET', `/rest/api/3/issue/${key}?fields=project,issuetype`)) as {
    id: string;
    key: string;
    fields: { project: { id: string; key: string }; issuetype: { id: string; name: string } };
  };
  return {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
    project: { id: issue.fields.project.id, key: issue.fields.project.key, type: 'software' },
  };
}

/** One timed invoke; the product events it caused are delivered afterwards, outside the timing. */
async function timedInvoke<T>(sandbox: Sandbox, moduleKey: string, functionKey: string, payload: unknown, extension: ExtensionContext, accountId: string): Promise<Call<T>> {
  sandbox.jira.resetRequestCounts();
  const start = performance.now();
  const result = await sandbox.runtime.invoke({ moduleKey, functionKey, payload, extension, accountId });
  const ms = performance.now() - start;
  const counts = sandbox.jira.requestCounts();
  await sandbox.runtime.drainQueues();
  if (!result.ok) throw new Error(`invoke ${functionKey} failed: ${result.status} ${result.message}`);
  return { ms, jiraRequests: tallyRequests(counts).total, requestsByRoute: counts, answer: result.body as T };
}

function viewOf(result: Result<PanelView>, what: string): PanelView {
  if (result.ok) return result.data;
  // A conflict carries the current view: the page reloads from it.
  if (result.error.code === 'conflict' && result.error.details) return result.error.details as PanelView;
  throw new Error(`${what}: ${result.error.code}: ${result.error.message}`);
}

/** Runs `step` WARM_UP + CALLS times, keeping the figures of the timed calls only. */
async function series(name: string, step: (i: number) => Promise<Call<unknown> & { failed?: boolean }>, calls = CALLS): Promise<Series> {
  const out: Series = { name, ms: [], jiraRequests: [], failures: 0 };
  for (let i = 0; i < WARM_UP + calls; i += 1) {
    const call = await step(i);
    if (i < WARM_UP) continue;
    out.ms.push(call.ms);
    out.jiraRequests.push(call.jiraRequests);
    if (call.failed) out.failures += 1;
  }
  return out;
}

interface BigSprint {
  series: Series;
  shown: number;
  truncated: boolean;
  firstCall: Call<Result<SprintReadinessView>>;
}

async function sprintReadiness(sandbox: Sandbox, extension: ExtensionContext): Promise<Call<Result<SprintReadinessView>> & { view: SprintReadinessView }> {
  const call = await timedInvoke<Result<SprintReadinessView>>(sandbox, PROJECT_PAGE, 'getSprintReadiness', {}, extension, PM);
  if (!call.answer.ok) throw new Error(`getSprintReadiness: ${call.answer.error.code}: ${call.answer.error.message}`);
  return { ...call, view: call.answer.data };
}

/** The project page of a big sprint (the view shows the first 500 tickets); undefined without the data set. */
async function bigSprint(sandbox: Sandbox, extension: ExtensionContext): Promise<BigSprint | undefined> {
  if (!hasNeoDataset(`resolver-latency's project page with +${BIG_SPRINT} tickets (the rest runs)`)) return undefined;
  loadTickets(sandbox.db, readNeoTickets(BIG_SPRINT), { projectKey: 'ACC', sprintId: DEMO_SPRINT_IDS.future, reporter: PO, now: sandbox.runtime.clock.now() });
  const firstCall = await sprintReadiness(sandbox, extension);
  let last = firstCall.view;
  const timed = await series(
    `getSprintReadiness, +${BIG_SPRINT} tickets`,
    async () => {
      const call = await sprintReadiness(sandbox, extension);
      last = call.view;
      return call;
    },
    Math.max(1, Math.round(CALLS / 10)),
  );
  return { series: timed, shown: last.tickets.length, truncated: last.truncated, firstCall };
}

async function main(): Promise<void> {
  const bench = await openBenchSandbox();
  try {
    const { sandbox } = bench;
    const upcoming = (await rest(sandbox, 'POST', '/rest/api/3/search/jql', { jql: 'project = ACC AND sprint in futureSprints() ORDER BY key ASC', fields: ['summary'], maxResults: 2 })) as { issues: Array<{ key: string }> };
    const [other, key] = upcoming.issues.map((issue) => issue.key);
    if (!other || !key) throw new Error('The seeded sandbox has fewer than two tickets in a future sprint');
    const extension = await issueExtension(sandbox, key);
    const projectExtension: ExtensionContext = { type: 'jira:projectPage', project: { id: extension.project!.id, key: extension.project!.key, type: 'software' } };

    // The app's very first invoke loads its code; the first render of an issue is measured after that.
    const appLoad = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'getPanel', {}, await issueExtension(sandbox, other), PO);
    const cold = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'getPanel', {}, extension, PO);
    const reopened = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'getPanel', {}, extension, PO);
    let view = viewOf(cold.answer, 'getPanel');
    const seeded = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'saveCriteria', { version: view.version, criteria: [{ text: 'An invoice can be paid by card' }, { text: 'A failed payment shows the reason' }] }, extension, PO);
    view = viewOf(seeded.answer, 'saveCriteria');

    const results: Series[] = [];
    results.push(await series('getPanel', () => timedInvoke<Result<PanelView>>(sandbox, PANEL, 'getPanel', {}, extension, PO)));

    results.push(
      await series('verifyCriterion', async (i) => {
        const criterionId = view.criteria[0]!.id;
        const call = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'verifyCriterion', { version: view.version, criterionId, state: i % 2 === 0 ? 'passed' : 'failed' }, extension, PO);
        view = viewOf(call.answer, 'verifyCriterion');
        return { ...call, failed: !call.answer.ok };
      }),
    );

    results.push(
      await series('saveCriteria', async (i) => {
        // Alternating edits of the second criterion, keeping ids so verification stays attached.
        const criteria = view.criteria.map(({ id, text }, index) => ({ id, text: index === 1 ? (i % 2 === 0 ? 'A failed payment shows the reason and what to do next' : 'A failed payment shows the reason') : text }));
        const call = await timedInvoke<Result<PanelView>>(sandbox, PANEL, 'saveCriteria', { version: view.version, criteria }, extension, PO);
        view = viewOf(call.answer, 'saveCriteria');
        return { ...call, failed: !call.answer.ok };
      }),
    );

    results.push(
      await series('approve / requestChanges', async (i) => {
        const decision = i % 2 === 0 ? 'approve' : 'requestChanges';
        const payload = decision === 'approve' ? { version: view.version, contentHash: view.contentHash } : { version: view.version, contentHash: view.contentHash, feedback: `Round ${i}: the decline message needs the card's last digits` };
        const call = await timedInvoke<Result<PanelView>>(sandbox, PANEL, decision, payload, extension, PO);
        view = viewOf(call.answer, decision);
        return { ...call, failed: !call.answer.ok };
      }),
    );

    let before = 0;
    results.push(
      await series('getSprintReadiness (project page)', async () => {
        const call = await sprintReadiness(sandbox, projectExtension);
        before = call.view.tickets.length;
        return call;
      }),
    );
    const big = await bigSprint(sandbox, projectExtension);
    if (big) results.push(big.series);

    console.log(`issue ${key}; ${CALLS} timed calls per resolver after ${WARM_UP} warm-up calls; latency is the whole invoke (runtime, resolver, Jira emulator, KVS)`);
    const routes = (call: Call<unknown>) => Object.entries(call.requestsByRoute).map(([route, n]) => `${route} x${n}`).join(', ');
    console.log(`the app's first invoke (loads the app's code): ${appLoad.ms.toFixed(0)} ms`);
    console.log(`first render of the panel on an issue: ONE invoke (getPanel), ${cold.ms.toFixed(0)} ms, ${cold.jiraRequests} Jira requests: ${routes(cold)}`);
    console.log(`the same issue opened again: ${reopened.ms.toFixed(0)} ms, ${reopened.jiraRequests} Jira requests: ${routes(reopened)}`);
    const afterBig = big ? `; after adding ${BIG_SPRINT}: ${big.shown} shown (truncated: ${big.truncated}), first call ${big.firstCall.ms.toFixed(0)} ms with ${big.firstCall.jiraRequests} Jira requests` : '';
    console.log(`project page: ${before} tickets in the sprint shown${afterBig}\n`);
    const rows = results.map((s) => [s.name, s.ms.length, median(s.ms).toFixed(1), p95(s.ms).toFixed(1), Math.max(...s.ms).toFixed(1), median(s.jiraRequests), Math.max(...s.jiraRequests), s.failures]);
    console.log(formatTable(['resolver', 'calls', 'median ms', 'p95 ms', 'max ms', 'Jira req (median)', 'Jira req (max)', 'refused'], rows));

    printBenchLine({
      bench: 'resolver-latency',
      callsPerResolver: CALLS,
      appFirstInvokeMs: round(appLoad.ms),
      firstRender: { invokes: 1, jiraRequests: cold.jiraRequests, ms: round(cold.ms), requestsByRoute: cold.requestsByRoute },
      reopened: { invokes: 1, jiraRequests: reopened.jiraRequests, ms: round(reopened.ms), requestsByRoute: reopened.requestsByRoute },
      sprintTickets: before,
      bigSprint: big ? { added: BIG_SPRINT, shown: big.shown, truncated: big.truncated, firstCallMs: round(big.firstCall.ms), firstCallJiraRequests: big.firstCall.jiraRequests } : null,
      resolvers: Object.fromEntries(
        results.map((s) => [s.name, { medianMs: round(median(s.ms)), p95Ms: round(p95(s.ms)), maxMs: round(Math.max(...s.ms)), jiraRequestsMedian: median(s.jiraRequests), refused: s.failures }]),
      ),
    });
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
