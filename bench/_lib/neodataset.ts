/**
 * Real ticket texts for benchmarks: the NeoDataset export next to the repository (never copied into it).
 * Each line is one GitLab issue: title, Markdown description and story points.
 */
import { readFileSync } from 'node:fs';
import { datasetFile } from './datasets';

export const NEODATASET_NAME = 'neodataset-issues.jsonl';
/** The NeoDataset file, or a path that does not exist (reading it then fails with a clear ENOENT). */
export const NEODATASET_PATH = datasetFile(NEODATASET_NAME) ?? `../shared/datasets/${NEODATASET_NAME}`;

export interface NeoTicket {
  title: string;
  /** Markdown, or '' when the ticket has none. */
  description: string;
  storyPoints: number | null;
  /** The dataset has no issue types; conventional-commit titles say which tickets are bugs or chores. */
  issueType: 'Story' | 'Bug' | 'Task';
}

interface NeoLine {
  title?: unknown;
  description?: unknown;
  storypoints?: unknown;
}

function issueTypeOf(title: string): NeoTicket['issueType'] {
  if (/^\s*\((?:bug|fix)\)/i.test(title)) return 'Bug';
  if (/^\s*\((?:chore|refactor|test)/i.test(title)) return 'Task';
  return 'Story';
}

function pointsOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const points = Number(value);
  return Number.isFinite(points) ? points : null;
}

/** The first `count` tickets with a title, in file order (repeating the file if it is shorter). */
export function readNeoTickets(count: number, file = NEODATASET_PATH): NeoTicket[] {
  const tickets: NeoTicket[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let parsed: NeoLine;
    try {
      parsed = JSON.parse(line) as NeoLine;
    } catch {
      continue; // a damaged line is skipped, not fatal
    }
    const title = typeof parsed.title === 'string' ? parsed.title.trim() : '';
    if (title === '') continue;
    tickets.push({
      title: title.slice(0, 255), // Jira's summary limit
      description: typeof parsed.description === 'string' ? parsed.description : '',
      storyPoints: pointsOf(parsed.storypoints),
      issueType: issueTypeOf(title),
    });
  }
  if (tickets.length === 0) throw new Error(`No tickets in ${file}`);
  const out: NeoTicket[] = [];
  for (let i = 0; i < count; i += 1) out.push(tickets[i % tickets.length]!);
  return out;
}
