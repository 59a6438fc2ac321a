/**
 * Child process of bench/scan-memory.ts: a sandbox with `count` extra tickets in the future sprint, served
 * over HTTP, so that loading and holding them costs the parent process nothing. Prints its URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox/server';
import { DEMO_SPRINT_IDS } from '../../sandbox/seed';
import { loadTickets } from './load-tickets';
import { readNeoTickets } from './neodataset';

const count = Number(process.argv[2] ?? 10_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-memory-'));
process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
process.on('SIGTERM', () => process.exit(0));

void startSandbox({ dataDir, port: 0, quiet: true }).then((sandbox) => {
  loadTickets(sandbox.db, readNeoTickets(count), { projectKey: 'ACC', sprintId: DEMO_SPRINT_IDS.future, reporter: 'demo-po', now: sandbox.runtime.clock.now() });
  console.log(`URL ${sandbox.url}`);
});
