import { checkReadiness, type Rubric } from '../domain/readiness';
import { parseTicketLine } from './ticket-line';

/** A run of input lines, numbered as in the file (1-based), checked together on one thread. */
export interface LineBatch {
  /** The file's line number of lines[0]. */
  firstLine: number;
  lines: string[];
}

/** What a batch writes: output lines (each ending in "\n") and stderr messages for bad lines. */
export interface BatchResult {
  output: string;
  errors: string;
  badLines: number;
}

/** Checks each non-blank line of a batch; a bad line becomes a message with its line number. */
export function checkLines(batch: LineBatch, rubric: Rubric | undefined): BatchResult {
  let output = '';
  let errors = '';
  let badLines = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const line = batch.lines[i]!;
    if (line.trim() === '') continue;
    const parsed = parseTicketLine(line);
    if (!parsed.ok) {
      badLines++;
      errors += `line ${batch.firstLine + i}: ${parsed.error}\n`;
      continue;
    }
    const result = checkReadiness(parsed.snapshot, rubric);
    const findings = result.findings.map((item) => ({ check: item.check, severity: item.severity, message: item.message }));
    output += `${JSON.stringify({ id: parsed.id, score: result.score, ready: result.ready, findings })}\n`;
  }
  return { output, errors, badLines };
}
