import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { checkReadiness, parseRubric, type Rubric } from '../domain/readiness';
import { parseTicketLine } from './ticket-line';

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

  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let badLines = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseTicketLine(line);
    if (!parsed.ok) {
      badLines++;
      io.stderr.write(`line ${lineNumber}: ${parsed.error}\n`);
      continue;
    }
    const result = checkReadiness(parsed.snapshot, rubric);
    const output = {
      id: parsed.id,
      score: result.score,
      ready: result.ready,
      findings: result.findings.map((item) => ({ check: item.check, severity: item.severity, message: item.message })),
    };
    // Respect back-pressure so a large export streams instead of piling up in memory.
    if (!io.stdout.write(`${JSON.stringify(output)}\n`)) await once(io.stdout, 'drain');
  }
  return badLines > 0 ? EXIT_BAD_LINES : EXIT_OK;
}

async function openInput(file: string, io: CommandIo): Promise<Readable | null> {
  if (file === '-') return io.stdin;
  const stream = createReadStream(file, { encoding: 'utf8' });
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
