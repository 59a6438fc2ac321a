import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningSandbox {
  url: string;
  close(): Promise<void>;
}

/**
 * A freshly seeded sandbox on a free port, in a temporary folder removed on close. ACCORD_SANDBOX_URL points
 * the browser tests at a sandbox that is already running instead (for debugging the shell).
 */
export async function startTemporarySandbox(prefix: string): Promise<RunningSandbox> {
  const running = process.env.ACCORD_SANDBOX_URL;
  if (running) return { url: running.replace(/\/$/, ''), close: async () => undefined };
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const { startSandbox } = await import('../../sandbox/server');
  const sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
  return {
    url: sandbox.url,
    async close() {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
