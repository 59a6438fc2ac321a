/**
 * What the scheduled readiness scan costs at 1,000 and 10,000 tickets: `npx tsx --expose-gc bench/scan-cost.ts`
 * (or `npm run bench -- scan`). Loads real ticket texts (the NeoDataset, see _lib/neodataset.ts; skipped
 * without it) into the sandbox's future sprint, runs the real scan
 * through the real Forge client, and prints Jira calls against the floor, the calls of a rerun with nothing
 * changed, wall time without and with 100 ms latency per Jira request, peak memory, and one `BENCH {...}`
 * line per size. Optional arguments: the sizes, e.g. `bench/scan-cost.ts 1000`.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { forApp } from '../src/adapters/jira';
import { createKvsRecordStore } from '../src/adapters/store/kvs-record-store';
import { READINESS_PROPERTY } from '../src/app/readiness/jira-fields';
import type { JobDeps } from '../src/app/jobs/project-job';
import { runReadinessScan, type ScanFigures } from './_lib/run-scan';
import type { JiraPort } from '../src/ports/jira';
import type { JobMessage } from '../src/ports/job-queue';
import { DEMO_SPRINT_IDS } from '../sandbox/seed/site-layout';
import { openBenchSandbox } from './_lib/bench-sandbox';
import { loadTickets } from './_lib/load-tickets';
import { collectGarbage, megabytes, sampleMemory, type MemoryPeaks } from './_lib/memory-sampler';
import { hasNeoDataset, readNeoTickets } from './_lib/neodataset';
import { tallyRequests, type RequestTally } from './_lib/request-counts';
import { formatTable, median, printBenchLine, round } from './_lib/stats';
import type { Sandbox } from '../sandbox/server';

const SIZES = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const TICKET_COUNTS = SIZES.length > 0 ? SIZES : [1_000, 10_000];
const LATENCY_MS = 100;
/** Forge's limit for a scheduled trigger; the scan hands over to its queue before it. */
const INVOCATION_LIMIT_MS = 900_000;
const PAGE = 100;

interface RunFigures {
  outcome: ScanFigures;
  calls: RequestTally;
  wallMs: number;
  /** CPU time of the whole process (app, emulator, KVS): steadier than wall time on a shared machine. */
  cpuMs: number;
  memory: MemoryPeaks;
  /** Time the app waited per search request (emulator work plus any latency), median over pages. */
  searchMedianMs: number;
  continuations: number;
}

/** The app's Jira client, timing each search page as the scan sees it. */
function timedSearches(inner: JiraPort, searchMs: number[]): JiraPort {
  return {
    ...inner,
    async searchIssues(search) {
      const start = performance.now();
      const page = await inner.searchIssues(search);
      searchMs.push(performance.now() - start);
      return page;
    },
  };
}

async function runScan(sandbox: Sandbox, project: { id: string; key: string }): Promise<RunFigures> {
  const searchMs: number[] = [];
  const pushed: JobMessage[] = [];
  const started = performance.now();
  const deps: JobDeps = {
    jira: timedSearches(forApp(), searchMs),
    store: createKvsRecordStore(),
    queue: { push: async (c) => void pushed.push(c) },
    clock: { now: () => sandbox.runtime.clock.now().getTime() },
    deadline: { remainingMs: () => INVOCATION_LIMIT_MS - (performance.now() - started) },
    newRunId: () => randomUUID(),
  };
  collectGarbage();
  sandbox.jira.resetRequestCounts();
  const memory = sampleMemory(50);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcome = await runReadinessScan(deps, project);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    outcome,
    calls: tallyRequests(sandbox.jira.requestCounts()),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    memory: memory.stop(),
    searchMedianMs: median(searchMs),
    continuations: pushed.length,
  };
}

/** Forgets every stored result, so the next scan writes them all again. */
function clearResults(sandbox: Sandbox): void {
  sandbox.db.prepare('DELETE FROM jira_issue_properties WHERE key = ?').run(READINESS_PROPERTY);
}

interface SizeFigures {
  tickets: number;
  checked: number;
  changed: number;
  floor: { searches: number; bulkWrites: number; total: number };
  first: RunFigures;
  rerun: RunFigures;
  firstWithLatency: RunFigures;
  rerunWithLatency: RunFigures;
  loadMs: number;
}

async function measure(count: number): Promise<SizeFigures> {
  const bench = await openBenchSandbox();
  try {
    const { sandbox } = bench;
    const loadStart = performance.now();
    loadTickets(sandbox.db, readNeoTickets(count), { projectKey: 'ACC', sprintId: DEMO_SPRINT_IDS.future, reporter: 'demo-po', now: sandbox.runtime.clock.now() });
    const loadMs = performance.now() - loadStart;
    const found = sandbox.db.prepare('SELECT id, key FROM jira_projects WHERE key = ?').get('ACC') as { id: number; key: string } | undefined;
    if (!found) throw new Error('The sandbox has no project ACC');
    const project = { id: String(found.id), key: found.key };

    sandbox.jira.faults.latencyMs = 0;
    const first = await runScan(sandbox, project);
    const rerun = await runScan(sandbox, project);
    clearResults(sandbox);
    sandbox.jira.faults.latencyMs = LATENCY_MS;
    const firstWithLatency = await runScan(sandbox, project);
    const rerunWithLatency = await runScan(sandbox, project);
    sandbox.jira.faults.latencyMs = 0;

    const { checked, changed } = first.outcome;
    const floor = { searches: Math.ceil(checked / PAGE), bulkWrites: Math.ceil(changed / PAGE), total: 0 };
    floor.total = floor.searches + floor.bulkWrites;
    return { tickets: count, checked, changed, floor, first, rerun, firstWithLatency, rerunWithLatency, loadMs };
  } finally {
    await bench.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const scanCalls = (run: RunFigures) => run.calls.searches + run.calls.bulkPropertyWrites + run.calls.taskPolls;
/** The calls the floor counts: searches and bulk writes (each bulk write's 303 is followed by a task read). */
const floorCalls = (run: RunFigures) => run.calls.searches + run.calls.bulkPropertyWrites;

function report(f: SizeFigures): void {
  const ratio = floorCalls(f.first) / f.floor.total;
  const ratioWithPolls = scanCalls(f.first) / f.floor.total;
  console.log(`\n${f.tickets} tickets loaded (${seconds(f.loadMs)}, Markdown to ADF included); ${f.checked} upcoming tickets checked, ${f.changed} results changed`);
  console.log(`floor: ceil(${f.checked}/100) = ${f.floor.searches} searches + ceil(${f.changed}/100) = ${f.floor.bulkWrites} bulk writes = ${f.floor.total} calls`);
  const rows = (
    [
      ['first scan', f.first],
      ['rerun, nothing changed', f.rerun],
      [`first scan, ${LATENCY_MS} ms latency`, f.firstWithLatency],
      [`rerun, ${LATENCY_MS} ms latency`, f.rerunWithLatency],
    ] as const
  ).map(([name, run]) => [
    name,
    run.outcome.status,
    run.outcome.changed,
    run.calls.searches,
    run.calls.bulkPropertyWrites,
    run.calls.taskPolls,
    run.calls.other,
    scanCalls(run),
    seconds(run.wallMs),
    seconds(run.cpuMs),
    `${run.searchMedianMs.toFixed(0)} ms`,
    megabytes(run.memory.rssBytes),
    megabytes(run.memory.heapUsedBytes),
  ]);
  console.log(formatTable(['run', 'status', 'writes', 'searches', 'bulk', 'polls', 'other', 'scan calls', 'wall', 'cpu', 'search/page', 'peak RSS', 'peak heap'], rows));
  console.log(`searches + bulk writes of the first scan / floor: ${floorCalls(f.first)} / ${f.floor.total} = ${ratio.toFixed(3)} (target: within 5% + a small constant)`);
  console.log(`with the task read that follows each bulk write's 303: ${scanCalls(f.first)} / ${f.floor.total} = ${ratioWithPolls.toFixed(3)}`);
  const other = Object.entries(f.first.calls.byRoute).filter(([route]) => !/search\/jql|properties\/multi|\/task\//.test(route));
  if (other.length > 0) console.log(`other requests of the first scan: ${other.map(([route, n]) => `${route} x${n}`).join(', ')}`);
  if (f.rerun.calls.bulkPropertyWrites > 0 || f.rerun.outcome.changed > 0) console.log('WARNING: the rerun wrote results although nothing changed');

  const runJson = (run: RunFigures) => ({
    status: run.outcome.status,
    checked: run.outcome.checked,
    changed: run.outcome.changed,
    searches: run.calls.searches,
    bulkPropertyWrites: run.calls.bulkPropertyWrites,
    taskPolls: run.calls.taskPolls,
    otherRequests: run.calls.other,
    wallMs: round(run.wallMs, 0),
    cpuMs: round(run.cpuMs, 0),
    searchMedianMs: round(run.searchMedianMs, 1),
    peakRssBytes: run.memory.rssBytes,
    peakHeapUsedBytes: run.memory.heapUsedBytes,
    continuations: run.continuations,
  });
  printBenchLine({
    bench: 'scan-cost',
    tickets: f.tickets,
    checked: f.checked,
    changed: f.changed,
    floorCalls: f.floor.total,
    firstScanCalls: floorCalls(f.first),
    ratioToFloor: round(ratio, 3),
    firstScanCallsWithTaskPolls: scanCalls(f.first),
    ratioToFloorWithTaskPolls: round(ratioWithPolls, 3),
    rerunCalls: scanCalls(f.rerun),
    rerunWrites: f.rerun.calls.bulkPropertyWrites,
    latencyMs: LATENCY_MS,
    first: runJson(f.first),
    rerun: runJson(f.rerun),
    firstWithLatency: runJson(f.firstWithLatency),
    rerunWithLatency: runJson(f.rerunWithLatency),
  });
}

async function main(): Promise<void> {
  // The scanned tickets are the real texts: what is checked and written depends on them.
  if (!hasNeoDataset('scan-cost (all of it)')) return;
  for (const count of TICKET_COUNTS) report(await measure(count));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
