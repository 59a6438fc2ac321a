/**
 * `accord readiness` end to end on the NeoDataset tickets: `npx tsx bench/cli-throughput.ts`.
 * Writes the 17,195 tickets as the command's JSON lines (Markdown descriptions) to a temporary file, then
 * times whole runs of the command as a user starts it: read, Markdown to text blocks, check, print.
 * `node bin/accord.js` is the command itself; `npx accord` adds npm's own start-up (about a second).
 * Prints the median and the best of 5 runs each (on a shared machine the best run shows what the command
 * costs, the median what a user waits) and one `BENCH {...}` line. Skips when the data set is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { datasetFile, missingDataset } from './_lib/datasets';
import { NEODATASET_NAME } from './_lib/neodataset';
import { median, printBenchLine, round } from './_lib/stats';

const TARGET_PER_SECOND = 10_000;
const RUNS = 5;
const repoRoot = path.resolve(__dirname, '..');

interface NeoLine {
  key?: unknown;
  title?: unknown;
  description?: unknown;
  storypoints?: unknown;
}

function inputLines(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as NeoLine;
    const points = row.storypoints === null || row.storypoints === '' ? Number.NaN : Number(row.storypoints);
    out.push(
      JSON.stringify({
        id: typeof row.key === 'string' || typeof row.key === 'number' ? row.key : out.length + 1,
        summary: String(row.title ?? '').slice(0, 2_000),
        description: typeof row.description === 'string' ? row.description : null,
        storyPoints: Number.isFinite(points) && points >= 0 ? points : null,
      }),
    );
  }
  return out;
}

function timeRuns(command: string, args: string[], expectedLines: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - start;
    const lines = result.stdout.split('\n').filter((line) => line !== '').length;
    if (result.status !== 0 || lines !== expectedLines) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}, ${lines} lines of ${expectedLines}\n${result.stderr}`);
    times.push(ms);
  }
  return times;
}

function main(): void {
  const dataset = datasetFile(NEODATASET_NAME);
  if (dataset === null) {
    console.log(missingDataset(NEODATASET_NAME));
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-cli-bench-'));
  try {
    const lines = inputLines(dataset);
    const file = path.join(dir, 'tickets.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const direct = timeRuns(process.execPath, [path.join(repoRoot, 'bin/accord.js'), 'readiness', file], lines.length);
    const viaNpx = timeRuns(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['accord', 'readiness', file], lines.length);
    const perSecond = (ms: number) => Math.round(lines.length / (ms / 1000));
    const show = (name: string, times: number[]) =>
      console.log(
        `${name.padEnd(20)} runs ${times.map((ms) => `${(ms / 1000).toFixed(2)}`).join(', ')} s; median ${perSecond(median(times))} tickets/s, best ${perSecond(Math.min(...times))} tickets/s (target ${TARGET_PER_SECOND})`,
      );
    console.log(`tickets: ${lines.length}; load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    show('node bin/accord.js', direct);
    show('npx accord', viaNpx);
    printBenchLine({
      bench: 'cli-throughput',
      tickets: lines.length,
      ticketsPerSecond: perSecond(median(direct)),
      bestTicketsPerSecond: perSecond(Math.min(...direct)),
      medianMs: round(median(direct)),
      npxTicketsPerSecond: perSecond(median(viaNpx)),
      npxBestTicketsPerSecond: perSecond(Math.min(...viaNpx)),
      npxMedianMs: round(median(viaNpx)),
      targetPerSecond: TARGET_PER_SECOND,
      meetsTarget: perSecond(median(direct)) >= TARGET_PER_SECOND,
      loadAverage1m: round(loadavg()[0]!, 2),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
