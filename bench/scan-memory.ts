/**
 * Memory of the readiness scan at 10,000 tickets, measured as Forge would: the Jira emulator runs in another
 * process (as Jira does), so this process holds only the app, the Forge runtime and its storage.
 * The tickets are the NeoDataset's real texts (see _lib/neodataset.ts); without the file it is skipped.
 * Run: npx tsx --expose-gc bench/scan-memory.ts [tickets]
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { forApp } from '../src/adapters/jira';
import { createKvsRecordStore } from '../src/adapters/store/kvs-record-store';
import { runReadinessScan } from './_lib/run-scan';
import { MANIFEST_PATH, SANDBOX_IDS, appIdFromManifest } from '../sandbox/config';
import { createForgeRuntime, loadManifest } from '../sandbox/runtime';
import { jiraOverHttp } from './_lib/jira-over-http';
import { collectGarbage, megabytes, sampleMemory } from './_lib/memory-sampler';
import { hasNeoDataset } from './_lib/neodataset';
import { printBenchLine } from './_lib/stats';

function serve(count: number): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '_lib', 'serve-sandbox.ts'), String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /URL (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the sandbox process exited with ${code}`)));
  });
}

async function main() {
  if (!hasNeoDataset('scan-memory (all of it)')) return;
  const count = Number(process.argv[2] ?? 10_000);
  const jira = await serve(count);
  try {
    const project = JSON.parse(await (await fetch(`${jira.url}/rest/api/3/project/ACC`)).text()) as { id: string; key: string };
    const manifest = loadManifest(MANIFEST_PATH);
    const runtime = createForgeRuntime({
      manifest,
      loadApp: () => ({}),
      db: new Database(':memory:'),
      jira: jiraOverHttp(jira.url),
      appId: appIdFromManifest(manifest),
      environmentId: SANDBOX_IDS.environmentId,
      cloudId: SANDBOX_IDS.cloudId,
    });
    runtime.install();
    const deps = () => ({
      jira: forApp(),
      store: createKvsRecordStore(),
      queue: { push: async () => undefined },
      clock: { now: () => Date.now() },
      deadline: { remainingMs: () => 900_000 },
      newRunId: () => randomUUID(),
    });
    collectGarbage();
    const baseline = process.memoryUsage();
    const runs: Array<{ run: string; ms: number; checked: number; changed: number; rss: number; heap: number }> = [];
    for (const run of ['first scan', 'rerun, nothing changed']) {
      collectGarbage();
      const sampler = sampleMemory(25);
      const started = Date.now();
      const outcome = await runReadinessScan(deps(), { id: String(project.id), key: project.key });
      const peaks = sampler.stop();
      runs.push({ run, ms: Date.now() - started, checked: outcome.checked, changed: outcome.changed, rss: peaks.rssBytes, heap: peaks.heapUsedBytes });
    }
    await runtime.close();
    console.log(`${count} tickets; Jira emulator in a separate process; this process: app + Forge runtime + storage`);
    console.log(`baseline before scanning: RSS ${megabytes(baseline.rss)}, heap ${megabytes(baseline.heapUsed)}`);
    for (const r of runs) console.log(`${r.run.padEnd(24)} ${String(r.checked).padStart(6)} checked ${String(r.changed).padStart(6)} changed  ${(r.ms / 1000).toFixed(2)} s  peak RSS ${megabytes(r.rss)}  peak heap ${megabytes(r.heap)}`);
    printBenchLine({ bench: 'scan-memory', tickets: count, baselineRssBytes: baseline.rss, peakRssBytes: Math.max(...runs.map((r) => r.rss)), peakHeapUsedBytes: Math.max(...runs.map((r) => r.heap)), targetRssBytes: 256 * 1024 * 1024 });
  } finally {
    jira.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
