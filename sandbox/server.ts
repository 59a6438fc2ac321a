/**
 * The sandbox composition root: one SQLite file, the Jira emulator, the Forge runtime running the app's
 * real code, and an HTTP server for the shell, the Custom UI frames, the REST API and the controls
 * (their routers are in http/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Database from 'better-sqlite3';
import express from 'express';
import { createJiraEmulator, parseManifestBits } from './jira';
import type { JiraEmulator } from './jira/emulator-types';
import { createForgeRuntime, loadManifest, type SandboxForgeRuntime } from './runtime';
import type { ForgeRuntime } from './runtime/types';
import { seedDemoSite } from './seed';
import {
  APP_ENTRY,
  DEFAULT_DATA_DIR,
  MANIFEST_PATH,
  SANDBOX_IDS,
  SANDBOX_WORKFLOW_VALIDATORS,
  appIdFromManifest,
} from './config';
import { controlApi } from './http/control-api';
import { customUiFrames, shellSpa } from './http/frames';
import { restBridge } from './http/rest-bridge';

export interface StartOptions {
  /** Folder for the SQLite file; created when missing. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  quiet?: boolean;
  /** Delete the data first (a fresh seed). */
  reset?: boolean;
  /** false: build the site (seed) and return without listening. */
  serve?: boolean;
}

export interface Sandbox {
  url: string;
  port: number;
  db: Database.Database;
  jira: JiraEmulator;
  runtime: SandboxForgeRuntime;
  close(): Promise<void>;
}

export async function startSandbox(options: StartOptions = {}): Promise<Sandbox> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  if (options.reset) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'sandbox.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');

  const manifest = loadManifest(MANIFEST_PATH);
  const appId = appIdFromManifest(manifest);
  // The runtime owns the clock; the emulator reads it through this late-bound reference.
  const runtimeRef: { current?: ForgeRuntime } = {};
  const now = () => runtimeRef.current?.clock.now() ?? new Date();
  const jira = createJiraEmulator({
    db,
    now,
    manifest: parseManifestBits(manifest),
    appId,
    environmentId: SANDBOX_IDS.environmentId,
  });
  seedDemoSite(db, now());

  const runtime = createForgeRuntime({
    manifest,
    loadApp: () => import(APP_ENTRY) as Promise<Record<string, unknown>>,
    db,
    jira,
    appId,
    environmentId: SANDBOX_IDS.environmentId,
    cloudId: SANDBOX_IDS.cloudId,
  });
  runtimeRef.current = runtime;
  runtime.install();
  // The app reads time through this global when it exists (src/adapters/forge/clock.ts), so the
  // sandbox's accelerated clock reaches planning windows and approvals alike.
  (globalThis as { __accordSandboxNow?: () => number }).__accordSandboxNow = () => runtime.clock.now().getTime();
  jira.onProductEvent((event) => {
    void runtime.deliverProductEvent(event);
  });
  jira.setTransitionValidators(
    SANDBOX_WORKFLOW_VALIDATORS.map(({ moduleKey, toStatus }) => ({
      key: moduleKey,
      toStatus,
      run: (args) => runtime.runWorkflowValidator(moduleKey, args),
    })),
  );

  let server: Server | undefined;
  let port = 0;
  if (options.serve !== false) {
    const app = buildHttpApp({ manifest, jira, runtime, quiet: options.quiet ?? false });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
      s.on('error', reject);
    });
    port = (server.address() as AddressInfo).port;
  }
  const url = `http://localhost:${port}`;
  return {
    url,
    port,
    db,
    jira,
    runtime,
    async close() {
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      server?.closeAllConnections?.();
      await runtime.close();
      db.close();
    },
  };
}

/**
 * The HTTP app: the Jira REST bridge, the control API, the frames, then the shell's SPA fallback (last, as
 * it answers every other GET). Errors no router answered end here as a JSON 500.
 */
function buildHttpApp(deps: { manifest: unknown; jira: JiraEmulator; runtime: ForgeRuntime; quiet: boolean }) {
  const { manifest, jira, runtime } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use('/rest', restBridge(jira));
  app.use('/__sandbox/api', controlApi({ manifest, jira, runtime }));
  app.use(customUiFrames(manifest));
  app.use(shellSpa());
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (!deps.quiet) console.error(err);
    res.status(500).json({ errorMessages: [err instanceof Error ? err.message : String(err)] });
  });
  return app;
}
