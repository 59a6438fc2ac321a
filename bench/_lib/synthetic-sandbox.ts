/**
 * A sandbox in a temporary folder with a synthetic project of `tickets` issues beside the demo site (without
 * the app records the demo site gets, so the app's storage starts empty), removed again on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { writeSyntheticProject, type SyntheticProject } from './synthetic-project';

export interface SyntheticSandbox {
  sandbox: Sandbox;
  synthetic: SyntheticProject;
  /** How long writing the project took. */
  loadMs: number;
  close(): Promise<void>;
}

export async function openSyntheticSandbox(tickets: number, options: { serve?: boolean } = {}): Promise<SyntheticSandbox> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-synthetic-'));
  const sandbox = await startSandbox({ dataDir, serve: options.serve ?? false, port: 0, quiet: true, appRecords: false });
  try {
    const started = performance.now();
    const synthetic = writeSyntheticProject(sandbox.db, { tickets, now: sandbox.runtime.clock.now() });
    const loadMs = performance.now() - started;
    return {
      sandbox,
      synthetic,
      loadMs,
      async close() {
        await sandbox.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await sandbox.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
