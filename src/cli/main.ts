import { EXIT_OK, EXIT_USAGE, runReadiness, type CommandIo } from './readiness-command';

export const USAGE = `Usage: accord readiness [--rubric RUBRIC.json] FILE
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
`;

/** Entry point of the `accord` command; returns the process exit code. */
export async function main(argv: readonly string[], io: CommandIo = process): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(USAGE);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
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

function usageError(io: CommandIo, message: string): number {
  io.stderr.write(`accord: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
