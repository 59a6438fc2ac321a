/**
 * `accord readiness` end to end on the NeoDataset tickets: `npx tsx bench/cli-throughput.ts`.
 * Writes the 17,195 tickets as the command's JSON lines (Markdown descriptions) to a temporary file, then
 * times whole runs of the command as a user starts it: read, Markdown to text blocks, check, print.
 * `node bin/accord.js` is the command itself (the prebuilt bundle when it is fresh: `npm run bench`
 * builds it first), with a worker thread checking on a machine with a second core; the same with
 * ACCORD_CLI_WORKERS=0 shows what the threads give; `npx accord` adds npm's own start-up, measured apart as
 * `npx accord --help` less `node bin/accord.js --help`. Runs of the three alternate, 5 each; prints the
 * median and the best (on a shared machine the best run shows what the command costs, the median what a
 * user waits) and one `BENCH {...}` line. Skips when the data set is absent.
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

interface Command {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** One timed run; its output must be `expectedLines` lines (null: any). */
function timeRun({ command, args, env }: Command, expectedLines: number | null): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const ms = performance.now() - start;
  const lines = result.stdout.split('\n').filter((line) => line !== '').length;
  if (result.status !== 0 || (expectedLines !== null && lines !== expectedLines)) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}, ${lines} lines of ${expectedLines}\n${result.stderr}`);
  return ms;
}

/** RUNS runs of each command, alternating, so a busy moment of a shared machine hits both alike. */
function timeAlternating(commands: Command[], expectedLines: number | null): number[][] {
  const times = commands.map(() => [] as number[]);
  for (const command of commands) timeRun(command, expectedLines); // warm-up: npx's cache, the disk
  for (let run = 0; run < RUNS; run++) commands.forEach((command, i) => times[i]!.push(timeRun(command, expectedLines)));
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
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const bin = path.join(repoRoot, 'bin/accord.js');
    const [direct, viaNpx, oneThread] = timeAlternating(
      [
        { command: process.execPath, args: [bin, 'readiness', file] },
        { command: npx, args: ['accord', 'readiness', file] },
        { command: process.execPath, args: [bin, 'readiness', file], env: { ACCORD_CLI_WORKERS: '0' } },
      ],
      lines.length,
    ) as [number[], number[], number[]];
    const [helpDirect, helpNpx] = timeAlternating(
      [
        { command: process.execPath, args: [bin, '--help'] },
        { command: npx, args: ['accord', '--help'] },
      ],
      null,
    ) as [number[], number[]];
    const npmStartMs = Math.min(...helpNpx) - Math.min(...helpDirect);
    const perSecond = (ms: number) => Math.round(lines.length / (ms / 1000));
    const show = (name: string, times: number[]) =>
      console.log(
        `${name.padEnd(20)} runs ${times.map((ms) => `${(ms / 1000).toFixed(2)}`).join(', ')} s; median ${perSecond(median(times))} tickets/s, best ${perSecond(Math.min(...times))} tickets/s (target ${TARGET_PER_SECOND})`,
      );
    console.log(`tickets: ${lines.length}; load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    show('node bin/accord.js', direct);
    show('npx accord', viaNpx);
    show('node, one thread', oneThread);
    console.log(
      `start-up (best of ${RUNS}, --help): node bin/accord.js ${Math.round(Math.min(...helpDirect))} ms, npx accord ${Math.round(Math.min(...helpNpx))} ms; npm's own share ${Math.round(npmStartMs)} ms`,
    );
    printBenchLine({
      bench: 'cli-throughput',
      tickets: lines.length,
      ticketsPerSecond: perSecond(median(direct)),
      bestTicketsPerSecond: perSecond(Math.min(...direct)),
      medianMs: round(median(direct)),
      npxTicketsPerSecond: perSecond(median(viaNpx)),
      npxBestTicketsPerSecond: perSecond(Math.min(...viaNpx)),
      npxMedianMs: round(median(viaNpx)),
      oneThreadMedianMs: round(median(oneThread)),
      oneThreadBestMs: round(Math.min(...oneThread)),
      startupMs: round(Math.min(...helpDirect)),
      npmStartMs: round(npmStartMs),
      targetPerSecond: TARGET_PER_SECOND,
      meetsTarget: perSecond(median(direct)) >= TARGET_PER_SECOND,
      npxMeetsTarget: perSecond(median(viaNpx)) >= TARGET_PER_SECOND,
      loadAverage1m: round(loadavg()[0]!, 2),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
