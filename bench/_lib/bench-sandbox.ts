/** A seeded sandbox in a temporary folder for one benchmark run, removed again on close. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/server';

export interface BenchSandbox {
  sandbox: Sandbox;
  close(): Promise<void>;
}

export async function openBenchSandbox(): Promise<BenchSandbox> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-'));
  const sandbox = await startSandbox({ dataDir, serve: false, quiet: true });
  return {
    sandbox,
    async close() {
      await sandbox.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
