import type { ReportFormat } from '../domain/report';
import { EXIT_OK, EXIT_USAGE, runReadiness, type CommandIo } from './readiness-command';

export const USAGE = `Usage: accord readiness [--rubric RUBRIC.json] FILE
       accord report --site URL --project KEY [--week 2026-W48] [--format md|html|json|csv] [--time-zone ZONE]
       accord --help

Checks tickets against the Definition of Ready.

FILE holds JSON lines ("-" reads standard input), one ticket a line:
  {"id": "ABC-1", "summary": "...", "description": "Markdown text or an ADF document",
   "issueType": "Story", "storyPoints": 3}
issueType defaults to "Story". Optional: priority, acceptanceCriteria (string[]),
links ([{"relation": "is blocked by", "issueKey": "ABC-2", "statusCategory": "new"}]).

Writes one JSON line per ticket to standard output, in input order:
  {"id", "score", "ready", "findings": [{"check", "severity", "message"}]}

--rubric FILE   a JSON rubric (any subset of the settings; the rest are defaults)

Exit codes: 0 all lines checked, 2 some lines were invalid (reported on standard error
with their line number and skipped), 1 usage error or unreadable file.

report: the weekly client report of a project, read from the site's REST API: hours per
person and ISO week and per epic, every active and closed sprint's scope, detected risks,
milestone forecasts and next-sprint readiness. Without --week it covers the whole history.
--site URL       the Jira site (https://your-site.atlassian.net, or the sandbox's http://localhost:PORT)
--project KEY    the project
--week WEEK      one ISO week, e.g. 2026-W48
--format FORMAT  md (default), html (for an email or Confluence), json or csv
--time-zone ZONE the IANA zone weeks are counted in (default UTC)
A real site needs ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN (an API token) in the environment.
RAID changes are not included: the register is kept in the app's storage on the site.
`;

/** Entry point of the `accord` command; returns the process exit code. */
export async function main(argv: readonly string[], io: CommandIo = process): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(USAGE);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === 'report') return report(rest, io);
  if (command !== 'readiness') return usageError(io, `unknown command "${command}"`);

  let file: string | undefined;
  let rubricFile: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (arg === '--rubric') {
      rubricFile = rest[++i];
      if (rubricFile === undefined) return usageError(io, '--rubric needs a file');
    } else if (arg.startsWith('--rubric=')) {
      rubricFile = arg.slice('--rubric='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(io, `unknown option "${arg}"`);
    } else if (file === undefined) {
      file = arg;
    } else {
      return usageError(io, 'give exactly one FILE');
    }
  }
  if (file === undefined) return usageError(io, 'missing FILE (use "-" for standard input)');
  return runReadiness({ file, rubricFile }, io);
}

const FORMATS: Readonly<Record<string, ReportFormat>> = { md: 'markdown', markdown: 'markdown', html: 'html', json: 'json', csv: 'csv' };
const REPORT_OPTIONS = ['--site', '--project', '--week', '--format', '--time-zone'] as const;

async function report(args: readonly string[], io: CommandIo): Promise<number> {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(REPORT_OPTIONS as readonly string[]).includes(name)) return usageError(io, `unknown option "${arg}" for report`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return usageError(io, `${name} needs a value`);
    given.set(name, value);
  }
  const site = given.get('--site');
  const project = given.get('--project');
  if (site === undefined || project === undefined) return usageError(io, 'report needs --site and --project');
  const format = FORMATS[(given.get('--format') ?? 'md').toLowerCase()];
  if (format === undefined) return usageError(io, `--format is md, html, json or csv; got "${given.get('--format') ?? ''}"`);
  const week = given.get('--week');
  // Loaded when asked for: the report's modules (Jira adapters, their schemas, dates) would add a third to
  // the start-up of every `accord readiness` run. A require, not import(): from the sources the command
  // runs through tsx's CommonJS hook, which a dynamic import bypasses (node then looks for a .js file).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { runReport } = require('./report-command') as typeof import('./report-command');
  return runReport({ site, project: project.toUpperCase(), format, timeZone: given.get('--time-zone') ?? 'UTC', ...(week ? { week: week.toUpperCase() } : {}) }, io);
}

function usageError(io: CommandIo, message: string): number {
  io.stderr.write(`accord: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
