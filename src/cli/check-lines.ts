import { checkReadiness, type Rubric, type TicketSnapshot } from '../domain/readiness';
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

/** A ticket read from its line, ready to check. */
export interface ParsedTicket {
  id: string | number;
  snapshot: TicketSnapshot;
}

/** A batch read: its good tickets in order, and the messages for its bad lines. */
export interface ParsedBatch {
  tickets: ParsedTicket[];
  errors: string;
  badLines: number;
}

/** Checks each non-blank line of a batch; a bad line becomes a message with its line number. */
export function checkLines(batch: LineBatch, rubric: Rubric | undefined): BatchResult {
  const parsed = parseLines(batch);
  return { output: checkTickets(parsed.tickets, rubric), errors: parsed.errors, badLines: parsed.badLines };
}

/** Reads each non-blank line of a batch (JSON, the line's schema, Markdown to text blocks). */
export function parseLines(batch: LineBatch): ParsedBatch {
  const tickets: ParsedTicket[] = [];
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
    tickets.push({ id: parsed.id, snapshot: parsed.snapshot });
  }
  return { tickets, errors, badLines };
}

/** Checks read tickets: one output line each, in order. */
export function checkTickets(tickets: readonly ParsedTicket[], rubric: Rubric | undefined): string {
  let output = '';
  for (const ticket of tickets) {
    const result = checkReadiness(ticket.snapshot, rubric);
    const findings = result.findings.map((item) => ({ check: item.check, severity: item.severity, message: item.message }));
    output += `${JSON.stringify({ id: ticket.id, score: result.score, ready: result.ready, findings })}\n`;
  }
  return output;
}
