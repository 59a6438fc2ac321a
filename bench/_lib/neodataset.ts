/**
 * Real ticket texts for benchmarks: the NeoDataset export, an outside data set that is never copied into
 * the repository. The file is `neodataset-issues.jsonl`: 17,195 agile tickets from 32 open-source GitLab
 * projects, one JSON object a line (`{"project", "key", "title", "description", "storypoints"}`, Markdown
 * descriptions), taken from the Neo Dataset (G. S. Neo et al., "User Story Tutor (UST) to Support Agile
 * Software Developers", CSEDU 2024; CC BY-NC-SA 4.0). It is looked for in $ACCORD_DATASETS, else in a
 * `shared/datasets` folder beside the repository. Benchmarks that need it skip that part without it.
 */
import { readFileSync } from 'node:fs';
import { datasetDirs, datasetFile } from './datasets';

export const NEODATASET_NAME = 'neodataset-issues.jsonl';
/** The NeoDataset file, or where it belongs (reading it then fails with a clear ENOENT). */
export const NEODATASET_PATH = datasetFile(NEODATASET_NAME) ?? `${datasetDirs()[0]}/${NEODATASET_NAME}`;

/**
 * Whether the NeoDataset file is there. When it is not, prints one `SKIP` line naming what is skipped
 * and where the file belongs (scripts/bench.js lists these lines in its summary).
 */
export function hasNeoDataset(skipped: string): boolean {
  if (datasetFile(NEODATASET_NAME) !== null) return true;
  console.log(`SKIP ${skipped}: no NeoDataset in ${datasetDirs().join(' or ')} (17,195 GitLab tickets as JSON lines; see "Benchmarks" in README.md; ACCORD_DATASETS names its folder)`);
  return false;
}

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
