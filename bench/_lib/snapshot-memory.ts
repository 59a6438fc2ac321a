/**
 * Child of bench/project-snapshot.ts: the snapshot's memory measured as Forge would see it. The Jira emulator
 * and the synthetic project run in a process of their own (serve-synthetic-project.ts, as Jira is elsewhere);
 * this process holds only the app, the Forge runtime and its storage. Runs a first snapshot and a rerun and
 * prints `MEMORY {json}` (with V8's heap limit: the parent runs it once more with the heap capped).
 * Run: npx tsx --expose-gc bench/_lib/snapshot-memory.ts <tickets>
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import Database from 'better-sqlite3';
import { forApp } from '../../src/adapters/jira';
import { createKvsRecordStore } from '../../src/adapters/store/kvs-record-store';
import { MANIFEST_PATH, SANDBOX_IDS, appIdFromManifest } from '../../sandbox/config';
import { createForgeRuntime, loadManifest } from '../../sandbox/runtime';
import { jiraOverFreshConnections } from './jira-over-fresh-connections';
import { collectGarbage, sampleMemory } from './memory-sampler';
import { runProjectSnapshot } from './run-snapshot';

interface Served {
  url: string;
  project: { id: string; key: string };
  child: ChildProcess;
}

function serve(tickets: number): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'serve-synthetic-project.ts'), String(tickets)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+) (\S+) (\S+)/u.exec(out);
      if (match) resolve({ url: match[1]!, project: { id: match[2]!, key: match[3]! }, child });
    });
    child.on('exit', (code) => reject(new Error(`the emulator process exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const tickets = Number(process.argv[2] ?? 10_000);
  const served = await serve(tickets);
  try {
    const manifest = loadManifest(MANIFEST_PATH);
    const runtime = createForgeRuntime({
      manifest,
      loadApp: () => ({}),
      db: new Database(':memory:'),
      jira: jiraOverFreshConnections(served.url),
      appId: appIdFromManifest(manifest),
      environmentId: SANDBOX_IDS.environmentId,
      cloudId: SANDBOX_IDS.cloudId,
    });
    runtime.install();
    collectGarbage();
    const baseline = process.memoryUsage();
    const runs = [];
    for (const name of ['first run', 'rerun, nothing changed']) {
      collectGarbage();
      const sampler = sampleMemory(25);
      const run = await runProjectSnapshot({ jira: forApp, store: createKvsRecordStore(), now: () => Date.now() }, served.project);
      const peaks = sampler.stop();
      runs.push({ name, status: run.status, error: run.error, wallMs: Math.round(run.wallMs), invocations: run.invocations, peakRssBytes: peaks.rssBytes, peakHeapUsedBytes: peaks.heapUsedBytes });
    }
    await runtime.close();
    console.log(`MEMORY ${JSON.stringify({ tickets, heapLimitBytes: getHeapStatistics().heap_size_limit, baselineRssBytes: baseline.rss, baselineHeapUsedBytes: baseline.heapUsed, runs })}`);
  } finally {
    served.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
