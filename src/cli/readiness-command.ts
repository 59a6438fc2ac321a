import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseRubric, type Rubric } from '../domain/readiness';
import { checkTickets, parseLines, type LineBatch } from './check-lines';
import { CheckPool, threadSettings, type ThreadSettings } from './check-pool';
import { readLines } from './read-lines';

export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_BAD_LINES = 2;

export interface ReadinessOptions {
  file: string;
  rubricFile?: string;
}

/** Lines read and checked together: one write per batch instead of one per ticket, one message to a worker. */
const BATCH_LINES = 128;
/**
 * Batches read but not yet written, at most (a worker holds up to 64): what waits for an earlier batch's
 * answer stays bounded.
 */
const MAX_PENDING_BATCHES = 128;

/** A batch read: its bad lines' messages, and its output, or a worker's output to come. */
interface Pending {
  errors: string;
  badLines: number;
  output: string | Promise<string>;
}

/**
 * Reads JSON lines (a file, or stdin for "-"), checks each ticket and writes one JSON line per
 * ticket in input order. Bad lines go to stderr with their line number and are skipped.
 * Returns the exit code: 0 all good, 2 some lines were bad, 1 the command could not run.
 *
 * For a large input (threads.minBytes) worker threads check what the main thread reads (check-pool.ts): the
 * main thread reads each batch (JSON, schema, Markdown to text blocks), hands the tickets to a worker with
 * room for them or checks them itself, and writes the batches in input order, so output, stderr and exit
 * code are those of one thread.
 */
export async function runReadiness(options: ReadinessOptions, io: CommandIo, threads: ThreadSettings = threadSettings()): Promise<number> {
  const rubric = options.rubricFile === undefined ? undefined : await loadRubric(options.rubricFile, io);
  if (rubric === null) return EXIT_USAGE;
  const opened = await openInput(options.file, io);
  if (opened === null) return EXIT_USAGE;
  const { input, size } = opened;

  // Not narrowed to null: flush, a closure, starts it.
  let pool = null as CheckPool | null;
  const wantWorkers = (bytes: number): boolean => pool === null && threads.workers > 0 && bytes >= threads.minBytes;
  // A large file starts its workers before the first line, so they load while the main thread reads.
  if (wantWorkers(size)) pool = new CheckPool(threads.workers, rubric);
  let charsRead = 0;
  /** Batches read and not yet written, in input order. */
  const pending: Pending[] = [];
  let badLines = 0;
  const write = async (batch: Pending): Promise<void> => {
    const output = await batch.output;
    badLines += batch.badLines;
    if (batch.errors !== '') io.stderr.write(batch.errors);
    // Respect back-pressure so a large export streams instead of piling up in memory.
    if (output !== '' && !io.stdout.write(output)) await once(io.stdout, 'drain');
  };
  /** Writes the batches at the head of the queue whose output is in; with `all`, waits for each in turn. */
  const writeReady = async (all: boolean): Promise<void> => {
    while (pending.length > 0) {
      const head = pending[0]!;
      if (typeof head.output !== 'string' && !all && pending.length < MAX_PENDING_BATCHES) return;
      pending.shift();
      await write(head);
    }
  };
  const flush = async (batch: LineBatch): Promise<void> => {
    if (wantWorkers(charsRead)) pool = new CheckPool(threads.workers, rubric);
    const parsed = parseLines(batch);
    const sent = pool !== null && parsed.tickets.length > 0 ? pool.check(parsed.tickets) : null;
    const entry: Pending = { errors: parsed.errors, badLines: parsed.badLines, output: sent ?? checkTickets(parsed.tickets, rubric) };
    // The output replaces its promise once in, so writeReady sees it without waiting; a failure reaches
    // writeReady, which awaits the promise.
    sent?.then(
      (output) => (entry.output = output),
      () => undefined,
    );
    pending.push(entry);
    await writeReady(false);
  };

  try {
    let lines: string[] = [];
    let lineNumber = 0;
    for await (const chunk of readLines(input)) {
      for (const line of chunk) {
        lineNumber++;
        charsRead += line.length + 1;
        lines.push(line);
        if (lines.length === BATCH_LINES) {
          await flush({ firstLine: lineNumber - lines.length + 1, lines });
          lines = [];
        }
      }
    }
    if (lines.length > 0) await flush({ firstLine: lineNumber - lines.length + 1, lines });
    await writeReady(true);
  } finally {
    pool?.close();
  }
  return badLines > 0 ? EXIT_BAD_LINES : EXIT_OK;
}

/** The input as a stream, and its size when it is a file (0 for standard input). */
async function openInput(file: string, io: CommandIo): Promise<{ input: Readable; size: number } | null> {
  if (file === '-') return { input: io.stdin, size: 0 };
  // Large chunks: fewer reads and line splits for a backlog export of many megabytes.
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
    return { input: stream, size: (await stat(file)).size };
  } catch (error) {
    io.stderr.write(`accord readiness: cannot read ${file}: ${describe(error)}\n`);
    stream.destroy();
    return null;
  }
}

async function loadRubric(file: string, io: CommandIo): Promise<Rubric | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.stderr.write(`accord readiness: cannot read rubric ${file}: ${describe(error)}\n`);
    return null;
  }
  const parsed = parseRubric(json);
  if (!parsed.ok) {
    io.stderr.write(`accord readiness: ${file}: ${parsed.error}\n`);
    return null;
  }
  return parsed.rubric;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
