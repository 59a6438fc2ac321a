/**
 * Readiness checker throughput on real tickets: `npx tsx bench/readiness-throughput.ts`.
 * Markdown is converted to ADF before timing; the timed part is checkReadiness alone (parts of speech of
 * story sentences included).
 * Prints tickets/second (median of 3 timed passes after a warm-up), memory peaks, a summary of
 * the results, and one `BENCH {...}` JSON line for runners.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { markdownToAdf } from '../src/domain/adf';
import { checkReadiness, defaultRubric, type TicketSnapshot } from '../src/domain/readiness';
import { hasNeoDataset, NEODATASET_PATH } from './_lib/neodataset';

const TARGET_PER_SECOND = 40_000;
const TIMED_PASSES = 3;

interface NeoIssue {
  project: string;
  key: string;
  title: string;
  description: string | null;
  storypoints: string | number | null;
}

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const usage = process.memoryUsage();
  if (usage.rss > peakRss) peakRss = usage.rss;
  if (usage.heapUsed > peakHeap) peakHeap = usage.heapUsed;
}

function toSnapshot(issue: NeoIssue): TicketSnapshot {
  const points = issue.storypoints === null || issue.storypoints === '' ? null : Number(issue.storypoints);
  const description = typeof issue.description === 'string' && issue.description.trim() !== '' ? markdownToAdf(issue.description) : null;
  // The dataset has no issue types; conventional-commit titles say which tickets are bugs or chores.
  const issueType = /^\s*\((?:bug|fix)\)/i.test(issue.title) ? 'Bug' : /^\s*\((?:chore|refactor|test)/i.test(issue.title) ? 'Task' : 'Story';
  return { summary: issue.title, description, issueType, storyPoints: Number.isFinite(points) ? points : null };
}

interface Pass {
  ms: number;
  cpuMs: number;
  ready: number;
  failing: Map<string, number>;
}

function timedPass(tickets: readonly TicketSnapshot[]): Pass {
  const failing = new Map<string, number>();
  let ready = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < tickets.length; i++) {
    const result = checkReadiness(tickets[i]!, defaultRubric);
    if (result.ready) ready++;
    let previous = '';
    for (const item of result.findings) {
      if (item.check === previous) continue; // findings of one check are adjacent
      previous = item.check;
      failing.set(item.check, (failing.get(item.check) ?? 0) + 1);
    }
    if ((i & 1023) === 0) sampleMemory();
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  sampleMemory();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, ready, failing };
}

function main(): void {
  // Every figure here is of the real tickets: without them there is nothing to measure.
  if (!hasNeoDataset('readiness-throughput (all of it)')) return;
  const lines = readFileSync(NEODATASET_PATH, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const prepStart = performance.now();
  const tickets = lines.map((line) => toSnapshot(JSON.parse(line) as NeoIssue));
  const prepMs = performance.now() - prepStart;
  sampleMemory();
  console.log(`tickets: ${tickets.length} (Markdown to ADF, untimed: ${prepMs.toFixed(0)} ms)`);

  timedPass(tickets); // warm-up: JIT and regex compilation
  const passes = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) passes.push(timedPass(tickets));
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const medianMs = median(passes.map((pass) => pass.ms));
  const medianCpuMs = median(passes.map((pass) => pass.cpuMs));
  const perSecond = Math.round(tickets.length / (medianMs / 1000));
  // On a shared machine wall time includes waiting for a CPU; CPU time (all threads, so GC helpers
  // count too) shows what the checker itself costs.
  const perCpuSecond = Math.round(tickets.length / (medianCpuMs / 1000));
  const last = passes[passes.length - 1]!;
  const top = [...last.failing.entries()].sort((a, b) => b[1] - a[1]);

  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`passes wall (ms): ${passes.map((pass) => pass.ms.toFixed(1)).join(', ')}`);
  console.log(`passes cpu  (ms): ${passes.map((pass) => pass.cpuMs.toFixed(1)).join(', ')}`);
  console.log(`median wall: ${medianMs.toFixed(1)} ms for ${tickets.length} tickets = ${perSecond} tickets/second (target ${TARGET_PER_SECOND})`);
  console.log(`median cpu:  ${medianCpuMs.toFixed(1)} ms = ${perCpuSecond} tickets per CPU-second`);
  console.log(`load average: ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs`);
  console.log(`peak memory: rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);
  console.log(`ready: ${last.ready} of ${tickets.length} (${((100 * last.ready) / tickets.length).toFixed(1)}%)`);
  console.log('tickets failing each check:');
  for (const [check, count] of top) console.log(`  ${check.padEnd(24)} ${String(count).padStart(6)}  ${((100 * count) / tickets.length).toFixed(1)}%`);
  console.log(
    `BENCH ${JSON.stringify({
      bench: 'readiness-throughput',
      tickets: tickets.length,
      ticketsPerSecond: perSecond,
      medianMs: Number(medianMs.toFixed(1)),
      passesMs: passes.map((pass) => Number(pass.ms.toFixed(1))),
      medianCpuMs: Number(medianCpuMs.toFixed(1)),
      ticketsPerCpuSecond: perCpuSecond,
      loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
      targetPerSecond: TARGET_PER_SECOND,
      meetsTarget: perSecond >= TARGET_PER_SECOND,
      peakRssBytes: peakRss,
      peakHeapUsedBytes: peakHeap,
      ready: last.ready,
      topFailingChecks: Object.fromEntries(top.slice(0, 5)),
    })}`,
  );
}

main();
