/**
 * `accord readiness` on worker threads answers exactly as on one: the same lines in input order, the same bad
 * lines with their line numbers on stderr, the same exit code, from a file and from standard input, from the
 * bundle and from the sources. Workers are forced on small inputs with ACCORD_CLI_WORKER_MIN_BYTES=0;
 * check-thread-probe.cjs, preloaded into the command, says how many workers were sent batches.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildTestBundle, runBundleScript } from './test-bundle';

const repoRoot = path.resolve(__dirname, '../../..');
const bin = path.join(repoRoot, 'bin/accord.js');
const backlogFile = path.join(repoRoot, 'test/fixtures/stories/backlog.jsonl');
/** More lines than a few batches of 128, so batches go to the workers and to the main thread. */
const COPIES = 14;

let dir: string;
let bigFile: string;
/** Line numbers (1-based) of the big file's bad lines. */
let badLines: number[];

/** The fixture backlog COPIES times, each copy's ids made unique, with blank lines and bad lines among them. */
function writeBigFile(): void {
  const source = readFileSync(backlogFile, 'utf8').split('\n');
  const lines: string[] = [];
  badLines = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const line of source) {
      if (line.trim() === '') lines.push(line);
      else if (line.startsWith('{"id": "LIB-')) lines.push(line.replace('{"id": "LIB-', `{"id": "C${copy}-`));
      else lines.push(line); // the fixture's damaged line
      if (line.trim() !== '' && !line.trim().endsWith('}')) badLines.push(lines.length);
    }
    lines.push('{"id": "x", "summary": 7}');
    badLines.push(lines.length);
  }
  bigFile = path.join(dir, 'big.jsonl');
  writeFileSync(bigFile, `${lines.join('\n')}\n`);
}

const counter = path.join(__dirname, 'check-thread-probe.cjs');

/** The command with its stderr split from the counter's line; `script` runs instead of bin/accord.js. */
function run(args: string[], env: Record<string, string>, input?: string, script: string[] = [bin]) {
  const result = spawnSync(process.execPath, ['-r', counter, ...script, ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ACCORD_CLI_FROM_SOURCES: '', ...env },
  });
  const counted = /check batches: (\d+) workers, (\d+) batches\n$/.exec(result.stderr);
  expect(counted, result.stderr).not.toBeNull();
  const stderr = result.stderr.slice(0, counted!.index);
  return { code: result.status, stdout: result.stdout, stderr, workers: Number(counted![1]), batchesToWorkers: Number(counted![2]) };
}

const ONE_THREAD = { ACCORD_CLI_WORKERS: '0' };
const WORKERS = (count: number) => ({ ACCORD_CLI_WORKERS: String(count), ACCORD_CLI_WORKER_MIN_BYTES: '0' });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-threads-'));
  writeBigFile();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('accord readiness on worker threads', () => {
  let alone: ReturnType<typeof run>;
  beforeAll(() => {
    alone = run(['readiness', bigFile], ONE_THREAD);
  });

  it('checks the big file on one thread as expected (the baseline)', () => {
    expect(alone.workers).toBe(0);
    expect(alone.code).toBe(2);
    const ids = alone.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.length).toBeGreaterThan(4 * 128);
    expect(ids[0]).toBe('C0-101');
    expect(ids.at(-1)).toBe(`C${COPIES - 1}-145`);
    expect(alone.stderr.match(/^line (\d+):/gm)?.map((line) => Number(line.slice(5, -1)))).toEqual(badLines);
  });

  it('writes the same output, bad lines and exit code with one and with two workers', () => {
    for (const count of [1, 2]) {
      const threaded = run(['readiness', bigFile], WORKERS(count));
      expect(threaded.workers).toBe(count);
      expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([alone.code, alone.stdout, alone.stderr]);
    }
  });

  it('applies a rubric file on the workers as on one thread', () => {
    const rubricFile = path.join(dir, 'rubric.json');
    writeFileSync(rubricFile, JSON.stringify({ threshold: 90, checks: { 'ac.missing': { enabled: false }, 'story.atomic': { weight: 30 } }, vagueTerms: ['library'] }));
    const oneWithRubric = run(['readiness', '--rubric', rubricFile, bigFile], ONE_THREAD);
    expect(oneWithRubric.stdout).not.toBe(alone.stdout);
    const threaded = run(['readiness', '--rubric', rubricFile, bigFile], WORKERS(1));
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([oneWithRubric.code, oneWithRubric.stdout, oneWithRubric.stderr]);
  });

  it('does the same reading standard input', () => {
    const threaded = run(['readiness', '-'], WORKERS(1), readFileSync(bigFile, 'utf8'));
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([alone.code, alone.stdout, alone.stderr]);
  });

  it('does the same from a bundle built now (the workers run its second entry, check-worker.cjs)', () => {
    const { out, build, remove } = buildTestBundle();
    onTestFinished(remove);
    expect(build.status, build.stderr).toBe(0);
    const threaded = run(['readiness', bigFile], WORKERS(1), undefined, ['-e', runBundleScript(out)]);
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([alone.code, alone.stdout, alone.stderr]);
  });

  it('does the same from the TypeScript sources (workers through tsx)', () => {
    const threaded = run(['readiness', bigFile], { ...WORKERS(1), ACCORD_CLI_FROM_SOURCES: '1' });
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([alone.code, alone.stdout, alone.stderr]);
  });

  it('exits 0 when every line is good', () => {
    const good = readFileSync(bigFile, 'utf8')
      .split('\n')
      .filter((line, index) => !badLines.includes(index + 1))
      .join('\n');
    const threaded = run(['readiness', '-'], WORKERS(1), good);
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stderr]).toEqual([0, '']);
    expect(threaded.stdout).toBe(alone.stdout);
  });

  it('checks on the main thread what V8 cannot copy to a worker (an ADF document nested 6,000 deep)', () => {
    const depth = 6_000;
    const text = '{"type":"paragraph","content":[{"type":"text","text":"As a reader I want nested quotes so that I can test"}]}';
    const doc = `{"type":"doc","version":1,"content":[${'{"type":"blockquote","content":['.repeat(depth)}${text}${']}'.repeat(depth)}]}`;
    const fixture = readFileSync(backlogFile, 'utf8').split('\n');
    const input = [...fixture.slice(0, 20), `{"id": "DEEP-1", "summary": "Nested quotes", "description": ${doc}}`, ...fixture.slice(20)].join('\n');
    const one = run(['readiness', '-'], ONE_THREAD, input);
    const threaded = run(['readiness', '-'], WORKERS(1), input);
    expect(one.stdout).toContain('"id":"DEEP-1"');
    expect(threaded.workers).toBe(1);
    expect([threaded.code, threaded.stdout, threaded.stderr]).toEqual([one.code, one.stdout, one.stderr]);
  });

  it('exits 1 with a message when a worker stops, instead of waiting for it', () => {
    const stopped = run(['readiness', bigFile], { ...WORKERS(1), ACCORD_TEST_STOP_WORKER: '1' });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/^accord: .*a checking thread stopped/m);
  });

  it('starts no worker for a small file with the default settings', () => {
    const small = run(['readiness', backlogFile], { ACCORD_CLI_WORKERS: '', ACCORD_CLI_WORKER_MIN_BYTES: '' });
    expect(small.workers).toBe(0);
    expect(small.code).toBe(2);
  });
});
