/**
 * What the project snapshot job costs on a big project: `npx tsx --expose-gc bench/project-snapshot.ts [sizes]`
 * (or `npm run bench -- project-snapshot`). A seeded synthetic project (_lib/synthetic-project.ts: closed
 * sprints, the active and the next one, tickets added, removed and re-estimated mid-sprint, carried over,
 * fix versions, worklogs by a team over the weeks) is written into the emulator's store; the real job runs on
 * the real job runner with the real Forge Jira client and storage, each invocation allowed Forge's 900 s
 * (a continuation through the queue is followed and counted). Per size it prints:
 * - Jira requests by route against the floor the issue names (formula printed), for a first run and a rerun;
 * - wall time with 0 ms and with 100 ms latency on every Jira request;
 * - peak memory (RSS and JS heap) with the emulator in another process (the figure against the 256 MB
 *   target), and in one process with the emulator for comparison;
 * - the storage writes of a rerun with nothing changed (read models and worklogs; the runner's own job record
 *   apart);
 * one `BENCH {...}` line per figure group, and tables. No pass/fail: targets are printed beside the figures.
 * A run the app stops (an error it records and retries on its next schedule) is reported with its reason.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { forApp } from '../src/adapters/jira';
import { createKvsRecordStore } from '../src/adapters/store/kvs-record-store';
import { worklogWatermarks } from '../src/app/snapshot/worklog-store';
import { countingStore, totalOf, type StoreTally } from './_lib/counting-store';
import { collectGarbage, megabytes, sampleMemory, type MemoryPeaks } from './_lib/memory-sampler';
import { INVOCATION_LIMIT_MS, runProjectSnapshot, type SnapshotRunFigures } from './_lib/run-snapshot';
import { countingSearches, FLOOR_FORMULA, groupRoutes, snapshotFloor, type RouteGroups, type SearchPurpose, type SnapshotFloor } from './_lib/snapshot-floor';
import { formatTable, printBenchLine, round } from './_lib/stats';
import { openSyntheticSandbox, type SyntheticSandbox } from './_lib/synthetic-sandbox';

const SIZES = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
/** The issue's 10,000; 2,000 (the size the tabs are measured at) as well. */
const TICKET_COUNTS = SIZES.length > 0 ? SIZES : [2_000, 10_000];
const LATENCY_MS = 100;
const FLOOR_TARGET = 1.1;
const TARGET_RSS_BYTES = 256 * 1024 * 1024;
/** The job runner's own record (run started, run finished): not a read model. */
const JOB_STATE_KIND = 'job';

interface RunFigures {
  name: string;
  latencyMs: number;
  firstRun: boolean;
  run: SnapshotRunFigures;
  byRoute: Record<string, number>;
  groups: RouteGroups;
  searchPages: Partial<Record<SearchPurpose, number>>;
  requests: number;
  floor: SnapshotFloor;
  store: StoreTally;
  cpuMs: number;
  memory: MemoryPeaks;
}

async function snapshotOnce(opened: SyntheticSandbox, name: string, latencyMs: number): Promise<RunFigures> {
  const { sandbox, synthetic } = opened;
  const counting = countingStore(createKvsRecordStore());
  const { id } = synthetic.project;
  // A first run has no worklog watermark yet: it reads worklogs from the search, not the change feeds.
  const firstRun = (await createKvsRecordStore().load(worklogWatermarks.key(id, id))) === undefined;
  const searchPages: Partial<Record<SearchPurpose, number>> = {};
  sandbox.jira.faults.latencyMs = latencyMs;
  collectGarbage();
  sandbox.jira.resetRequestCounts();
  const memory = sampleMemory(50);
  const cpuStart = process.cpuUsage();
  const run = await runProjectSnapshot({ jira: () => countingSearches(forApp(), searchPages), store: counting.store, now: () => sandbox.runtime.clock.now().getTime() }, synthetic.project);
  const cpu = process.cpuUsage(cpuStart);
  const peaks = memory.stop();
  sandbox.jira.faults.latencyMs = 0;
  const byRoute = sandbox.jira.requestCounts();
  const groups = groupRoutes(byRoute);
  const worklogFloor = firstRun ? synthetic.counts.issuesOverEmbeddedWorklogs : 2;
  return {
    name,
    latencyMs,
    firstRun,
    run,
    byRoute,
    groups,
    searchPages,
    requests: Object.values(byRoute).reduce((sum, n) => sum + n, 0),
    floor: snapshotFloor(synthetic.counts.issues, worklogFloor),
    store: counting.tally(),
    cpuMs: (cpu.user + cpu.system) / 1000,
    memory: peaks,
  };
}

/** Forgets everything the app stored, so the next run is a first run again. */
function clearAppStorage(opened: SyntheticSandbox): void {
  opened.sandbox.db.prepare('DELETE FROM kvs_items').run();
}

interface ApartRun {
  name: string;
  status: string;
  error: string | null;
  wallMs: number;
  invocations: number;
  peakRssBytes: number;
  peakHeapUsedBytes: number;
}
interface ApartFigures {
  heapLimitBytes: number;
  baselineRssBytes: number;
  baselineHeapUsedBytes: number;
  runs: ApartRun[];
}

/**
 * The memory run in its own process, with the emulator in a third (see _lib/snapshot-memory.ts). With
 * `heapCapMb`, V8 keeps its heap under that cap (collecting sooner), as it must in a 256 MB container: the
 * peak then says what the job needs rather than how much garbage V8 let pile up.
 */
function memoryApart(tickets: number, heapCapMb?: number): ApartFigures | { error: string } {
  const flags = heapCapMb === undefined ? [] : [`--max-old-space-size=${heapCapMb}`];
  const child = spawnSync(process.execPath, [...flags, '--import', 'tsx', '--expose-gc', path.join(__dirname, '_lib', 'snapshot-memory.ts'), String(tickets)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('MEMORY '));
  if (child.status !== 0 || !line) return { error: `the memory process exited with ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}` };
  return JSON.parse(line.slice('MEMORY '.length)) as ApartFigures;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const readModelWrites = (store: StoreTally) => totalOf(store.writes) - (store.writes[JOB_STATE_KIND] ?? 0);
const outcome = (r: RunFigures) => (r.run.status === 'finished' ? 'finished' : 'STOPPED');
const searchesOf = (r: RunFigures, purpose: SearchPurpose) => r.searchPages[purpose] ?? 0;

function describeData(opened: SyntheticSandbox): void {
  const c = opened.synthetic.counts;
  const s = opened.synthetic.sprints;
  console.log(`\n### ${c.issues} issues (synthetic project ${opened.synthetic.project.key}, written in ${seconds(opened.loadMs)})`);
  console.log(
    `${c.epics} epics; ${c.inClosedSprints} planned into ${s.closed.length} closed sprints, ${c.inActiveSprint} into the active one, ${c.inNextSprint} into the next, ${c.inBacklog} in the backlog; ` +
      `${c.addedMidSprint} added mid-sprint, ${c.removedMidSprint} removed mid-sprint, ${c.carriedOver} carried over, ${c.reEstimated} re-estimated, ${c.versionMoved} moved to another version; ` +
      `${c.changelogEntries} changelog entries (${Object.entries(c.itemsByField).map(([field, n]) => `${field} ${n}`).join(', ')}); ` +
      `${c.worklogs} worklogs by ${c.worklogAuthors} people over ${c.worklogWeeks} weeks, ${c.issuesOverEmbeddedWorklogs} issues with more than 20; ${c.blockedLinks} "is blocked by" links`,
  );
}

/** The memory runs apart from the emulator: V8 left to size its heap, and with its heap capped. */
interface MemoryConfigs {
  free: ApartFigures | { error: string };
  capped: ApartFigures | { error: string };
}
/** V8's old space cap for the second memory run: half the target, leaving room for code, buffers and SQLite. */
const HEAP_CAP_MB = 128;

function meetsRss(figures: ApartFigures | { error: string }): boolean {
  return !('error' in figures) && figures.runs.every((r) => r.status === 'finished' && r.peakRssBytes < TARGET_RSS_BYTES);
}

function report(opened: SyntheticSandbox, runs: RunFigures[], memory: MemoryConfigs): void {
  const tickets = opened.synthetic.counts.issues;
  console.log(`floor = ${FLOOR_FORMULA}`);
  const rows = runs.map((r) => [
    r.name,
    outcome(r),
    r.requests,
    r.floor.total,
    (r.requests / r.floor.total).toFixed(3),
    `${searchesOf(r, 'project pages')}+${searchesOf(r, 'next sprint readiness')}+${searchesOf(r, 'sign-off content')}`,
    r.groups.changelogs,
    r.groups.worklogReads,
    r.groups.versionReads,
    r.groups.setup,
    r.groups.writes + r.groups.other,
    `${readModelWrites(r.store)} + ${r.store.writes[JOB_STATE_KIND] ?? 0}`,
    seconds(r.run.wallMs),
    seconds(r.cpuMs),
    r.run.invocations,
    megabytes(r.memory.rssBytes),
    megabytes(r.memory.heapUsedBytes),
  ]);
  console.log(
    formatTable(
      ['run', 'outcome', 'Jira req', 'floor', 'ratio', 'search pages (project+next sprint+sign-off)', 'changelog', 'worklog', 'versions', 'setup', 'other', 'storage writes (models + job)', 'wall', 'cpu', 'invocations', 'peak RSS*', 'peak heap*'],
      rows,
    ),
  );
  console.log(`* in one process with the emulator and ${tickets} issues (not the figure for the target; see below)`);
  for (const r of runs) {
    if (r.run.status !== 'finished') console.log(`${r.name}: the app STOPPED the run: ${r.run.error} (the runner keeps it open and the next scheduled run tries again)`);
    const beyond = Object.entries(r.byRoute).filter(([route]) => !/search\/jql|changelog\/bulkfetch|\/worklog|\/versions$/u.test(route));
    if (r.name.startsWith('first run') && r.latencyMs === 0) console.log(`beyond the floor in "${r.name}": ${beyond.map(([route, n]) => `${route} x${n}`).join(', ')}; next sprint's readiness ${searchesOf(r, 'next sprint readiness')} search pages, sign-off content ${searchesOf(r, 'sign-off content')}`);
  }
  const rerun = runs.find((r) => r.name === 'rerun, nothing changed');
  if (rerun && runs[0]?.run.status !== 'finished') console.log('rerun with nothing changed: not measurable, the first run did not finish (the "rerun" started over as a first run)');
  else if (rerun) {
    const models = Object.entries(rerun.store.writes).filter(([kind]) => kind !== JOB_STATE_KIND);
    console.log(`rerun with nothing changed: ${readModelWrites(rerun.store)} read-model/worklog writes${models.length ? ` (${models.map(([k, n]) => `${k} x${n}`).join(', ')})` : ''} (target 0), ${totalOf(rerun.store.removes)} removes; the job runner wrote its own record ${rerun.store.writes[JOB_STATE_KIND] ?? 0} times (run started, run finished)`);
  }
  console.log(`memory with the emulator in its own process: this process holds the app, the Forge runtime and its storage (target: peak RSS < 256 MB):`);
  const memoryRows = (
    [
      ['V8 free to size its heap', memory.free],
      [`V8 heap capped at ${HEAP_CAP_MB} MB`, memory.capped],
    ] as const
  ).flatMap(([config, figures]) =>
    'error' in figures
      ? [[config, '-', `not measured: ${figures.error}`, '', '', '', '', '', '']]
      : figures.runs.map((r) => [config, r.name, r.status, megabytes(figures.heapLimitBytes), megabytes(figures.baselineRssBytes), megabytes(r.peakRssBytes), megabytes(r.peakRssBytes - figures.baselineRssBytes), megabytes(r.peakHeapUsedBytes), seconds(r.wallMs)]),
  );
  console.log(formatTable(['process', 'run', 'outcome', 'heap limit', 'baseline RSS', 'peak RSS', 'peak - baseline', 'peak heap', 'wall (over HTTP)'], memoryRows));
  console.log('  (the baseline is this process before the run: Node, the TypeScript loader, the app and the Forge runtime loaded)');

  const runJson = (r: RunFigures) => ({
    run: r.name,
    latencyMs: r.latencyMs,
    status: r.run.status,
    error: r.run.error,
    firstRun: r.firstRun,
    requests: r.requests,
    floor: r.floor.total,
    ratioToFloor: round(r.requests / r.floor.total, 3),
    wallMs: round(r.run.wallMs, 0),
    cpuMs: round(r.cpuMs, 0),
    invocations: r.run.invocations,
    continuations: r.run.continuations,
  });
  const load = round(loadavg()[0]!, 2);
  const first = runs[0]!;
  printBenchLine({
    bench: 'project-snapshot',
    figure: 'jira-requests',
    tickets,
    floorFormula: FLOOR_FORMULA,
    target: `<= ${FLOOR_TARGET} x floor`,
    runs: runs.filter((r) => r.latencyMs === 0).map((r) => ({ ...runJson(r), floorParts: r.floor, routes: r.groups, searchPages: r.searchPages, byRoute: r.byRoute })),
    meetsTarget: runs.filter((r) => r.latencyMs === 0).every((r) => r.run.status === 'finished' && r.requests <= FLOOR_TARGET * r.floor.total),
  });
  printBenchLine({
    bench: 'project-snapshot',
    figure: 'wall-time',
    tickets,
    invocationLimitMs: INVOCATION_LIMIT_MS,
    runs: runs.map(runJson),
    meetsTarget: runs.every((r) => r.run.status === 'finished' && r.run.invocationMs.every((ms) => ms < INVOCATION_LIMIT_MS)),
    loadAverage1m: load,
  });
  printBenchLine({
    bench: 'project-snapshot',
    figure: 'memory',
    tickets,
    targetRssBytes: TARGET_RSS_BYTES,
    emulatorApart: memory.free,
    emulatorApartHeapCapped: { heapCapMb: HEAP_CAP_MB, ...memory.capped },
    inOneProcessWithEmulator: runs.map((r) => ({ run: r.name, peakRssBytes: r.memory.rssBytes, peakHeapUsedBytes: r.memory.heapUsedBytes })),
    meetsTarget: meetsRss(memory.free),
    meetsTargetWithHeapCap: meetsRss(memory.capped),
  });
  if (rerun) {
    printBenchLine({
      bench: 'project-snapshot',
      figure: 'rerun-writes',
      tickets,
      target: 0,
      firstRunStatus: first.run.status,
      rerunStatus: rerun.run.status,
      readModelWrites: readModelWrites(rerun.store),
      writesByKind: rerun.store.writes,
      removesByKind: rerun.store.removes,
      jobStateWrites: rerun.store.writes[JOB_STATE_KIND] ?? 0,
      meetsTarget: first.run.status === 'finished' && rerun.run.status === 'finished' && readModelWrites(rerun.store) === 0,
    });
  }
}

async function measure(tickets: number): Promise<void> {
  const opened = await openSyntheticSandbox(tickets);
  const runs: RunFigures[] = [];
  try {
    describeData(opened);
    runs.push(await snapshotOnce(opened, 'first run', 0));
    runs.push(await snapshotOnce(opened, 'rerun, nothing changed', 0));
    clearAppStorage(opened);
    runs.push(await snapshotOnce(opened, `first run, ${LATENCY_MS} ms latency`, LATENCY_MS));
    runs.push(await snapshotOnce(opened, `rerun, ${LATENCY_MS} ms latency`, LATENCY_MS));
  } finally {
    await opened.close();
  }
  report(opened, runs, { free: memoryApart(tickets), capped: memoryApart(tickets, HEAP_CAP_MB) });
}

async function main(): Promise<void> {
  console.log(`load average at start ${loadavg().map((v) => v.toFixed(1)).join(' ')} (2 cores shared: wall times move with it; cpu is steadier)`);
  for (const tickets of TICKET_COUNTS) await measure(tickets);
  console.log(`\nload average at end ${loadavg().map((v) => v.toFixed(1)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
