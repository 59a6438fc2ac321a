/**
 * Child process of bench/project-snapshot.ts: a sandbox with a synthetic project of `tickets` issues, served
 * over HTTP, so that the emulator and its data cost the measuring process nothing (as Jira is elsewhere).
 * Prints `READY <url> <project id> <project key>`.
 */
import { openSyntheticSandbox } from './synthetic-sandbox';

const tickets = Number(process.argv[2] ?? 10_000);

void openSyntheticSandbox(tickets, { serve: true }).then((opened) => {
  const stop = () => void opened.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`READY ${opened.sandbox.url} ${opened.synthetic.project.id} ${opened.synthetic.project.key}`);
});
