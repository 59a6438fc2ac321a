/**
 * The sandbox composition root: one SQLite file, the Jira emulator, the Forge runtime running the app's
 * real code, and two HTTP listeners (their routers are in http/): the shell's (the shell, the REST API and
 * the controls) on http://localhost:<port>, and the Custom UI frames' on http://127.0.0.1:<framePort>, a
 * different origin and site, as Forge's CDN is to a Jira site.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Database from 'better-sqlite3';
import express from 'express';
import { createJiraEmulator, parseManifestBits } from './jira';
import { JiraStore } from './jira/store';
import type { JiraEmulator } from './jira/emulator-types';
import { createForgeRuntime, loadManifest, type SandboxForgeRuntime } from './runtime';
import type { ForgeRuntime } from './runtime/types';
import { seedDemoSite } from './seed';
import { seedAppRecords } from './seed/app-records';
import {
  APP_ENTRY,
  DEFAULT_DATA_DIR,
  MANIFEST_PATH,
  SANDBOX_IDS,
  SANDBOX_WORKFLOW_VALIDATORS,
  appIdFromManifest,
} from './config';
import { controlApi } from './http/control-api';
import { createCspReportLog, type CspReportLog } from './http/csp-reports';
import { frameApp, type SandboxOrigins } from './http/frames';
import { restBridge } from './http/rest-bridge';
import { shellSpa } from './http/shell-spa';

export interface StartOptions {
  /** Folder for the SQLite file; created when missing. */
  dataDir?: string;
  /** The shell's port; 0 picks a free port. */
  port?: number;
  /** The frames' port; 0 (the default) picks a free port. The shell learns it from GET /__sandbox/api/state. */
  framePort?: number;
  quiet?: boolean;
  /** Delete the data first (a fresh seed). */
  reset?: boolean;
  /** false: build the site (seed) and return without listening. */
  serve?: boolean;
  /**
   * false: a fresh site gets Jira's data only, without the RAID register and first project snapshot the app
   * writes on a new demo site (tests that need an empty register).
   */
  appRecords?: boolean;
}

export interface Sandbox {
  /** The shell: the one URL to open. */
  url: string;
  port: number;
  /** The frames' origin (http://127.0.0.1:<port>). */
  frameOrigin: string;
  /** The CSP violation reports the frames sent. */
  cspReports: CspReportLog;
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
  const seeded = seedDemoSite(db, now());

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
  if (seeded && options.appRecords !== false) await seedAppRecords(runtime, new JiraStore(db));
  jira.setTransitionValidators(
    SANDBOX_WORKFLOW_VALIDATORS.map(({ moduleKey, toStatus }) => ({
      key: moduleKey,
      toStatus,
      run: (args) => runtime.runWorkflowValidator(moduleKey, args),
    })),
  );

  const servers: Server[] = [];
  // Filled in once both listen: each listener's routers read the other's origin per request.
  const origins: SandboxOrigins = { shell: 'http://localhost:0', frames: 'http://127.0.0.1:0' };
  const cspReports = createCspReportLog();
  if (options.serve !== false) {
    const quiet = options.quiet ?? false;
    try {
      const shell = await listen(buildHttpApp({ manifest, jira, runtime, origins, reports: cspReports, quiet }), options.port ?? 0);
      servers.push(shell);
      origins.shell = `http://localhost:${portOf(shell)}`;
      const frames = await listen(frameApp({ manifest, origins, reports: cspReports }), options.framePort ?? 0);
      servers.push(frames);
      origins.frames = `http://127.0.0.1:${portOf(frames)}`;
    } catch (error) {
      await closeServers(servers);
      await runtime.close();
      db.close();
      throw error;
    }
  }
  return {
    url: origins.shell,
    port: servers[0] ? portOf(servers[0]) : 0,
    frameOrigin: origins.frames,
    cspReports,
    db,
    jira,
    runtime,
    async close() {
      await closeServers(servers);
      await runtime.close();
      db.close();
    },
  };
}

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.on('error', reject);
  });
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

async function closeServers(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(async (server) => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
    }),
  );
}

/**
 * The shell's HTTP app: the Jira REST bridge, the control API, then the shell's SPA fallback (last, as it
 * answers every other GET). Errors no router answered end here as a JSON 500.
 */
function buildHttpApp(deps: { manifest: unknown; jira: JiraEmulator; runtime: ForgeRuntime; origins: SandboxOrigins; reports: CspReportLog; quiet: boolean }) {
  const { manifest, jira, runtime, origins, reports } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use('/rest', restBridge(jira));
  app.use('/__sandbox/api', controlApi({ manifest, jira, runtime, origins, reports }));
  app.use(shellSpa(origins));
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (!deps.quiet) console.error(err);
    res.status(500).json({ errorMessages: [err instanceof Error ? err.message : String(err)] });
  });
  return app;
}
