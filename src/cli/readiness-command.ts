import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseRubric, type Rubric } from '../domain/readiness';
import { checkLines, type LineBatch } from './check-lines';

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

/** Lines checked and written together: one write per batch instead of one per ticket. */
const BATCH_LINES = 256;

/**
 * Reads JSON lines (a file, or stdin for "-"), checks each ticket and writes one JSON line per
 * ticket in input order. Bad lines go to stderr with their line number and are skipped.
 * Returns the exit code: 0 all good, 2 some lines were bad, 1 the command could not run.
 */
export async function runReadiness(options: ReadinessOptions, io: CommandIo): Promise<number> {
  const rubric = options.rubricFile === undefined ? undefined : await loadRubric(options.rubricFile, io);
  if (rubric === null) return EXIT_USAGE;
  const input = await openInput(options.file, io);
  if (input === null) return EXIT_USAGE;

  let badLines = 0;
  const flush = async (batch: LineBatch): Promise<void> => {
    const result = checkLines(batch, rubric);
    badLines += result.badLines;
    if (result.errors !== '') io.stderr.write(result.errors);
    // Respect back-pressure so a large export streams instead of piling up in memory.
    if (result.output !== '' && !io.stdout.write(result.output)) await once(io.stdout, 'drain');
  };
  let lines: string[] = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    lines.push(line);
    if (lines.length === BATCH_LINES) {
      await flush({ firstLine: lineNumber - lines.length + 1, lines });
      lines = [];
    }
  }
  if (lines.length > 0) await flush({ firstLine: lineNumber - lines.length + 1, lines });
  return badLines > 0 ? EXIT_BAD_LINES : EXIT_OK;
}

async function openInput(file: string, io: CommandIo): Promise<Readable | null> {
  if (file === '-') return io.stdin;
  // Large chunks: fewer reads and line splits for a backlog export of many megabytes.
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
    return stream;
  } catch (error) {
    io.stderr.write(`accord readiness: cannot read ${file}: ${describe(error)}\n`);
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
