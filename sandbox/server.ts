/**
 * The sandbox composition root: one SQLite file, the Jira emulator, the Forge runtime running the app's
 * real code, and an HTTP server for the shell, the Custom UI frames, the REST API and the controls.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Database from 'better-sqlite3';
import express from 'express';
import { markdownToAdf } from '../src/domain/adf';
import { createJiraEmulator, parseManifestBits } from './jira';
import type { Actor, FaultSettings, JiraEmulator } from './jira/emulator-types';
import { createForgeRuntime, loadManifest, type SandboxForgeRuntime } from './runtime';
import type { ExtensionContext, ForgeRuntime } from './runtime/types';
import { seedDemoSite } from './seed';
import { DEMO_USERS } from './seed/users';
import {
  APP_ENTRY,
  DEFAULT_DATA_DIR,
  MANIFEST_PATH,
  REPO_ROOT,
  SANDBOX_IDS,
  SANDBOX_WORKFLOW_VALIDATORS,
  appIdFromManifest,
} from './config';
import { listUiModules, listScheduledTriggers, resourcePaths } from './manifest-modules';

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

const SHELL_BUILD = path.join(REPO_ROOT, 'sandbox', 'shell', 'build');
const BRIDGE_CLIENT = path.join(REPO_ROOT, 'sandbox', 'shell', 'bridge-client.js');
const SANDBOX_USER_HEADER = 'x-sandbox-user';

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

function actorFrom(req: express.Request): Actor {
  const user = req.header(SANDBOX_USER_HEADER);
  return user ? { kind: 'user', accountId: user } : { kind: 'app' };
}

function buildHttpApp(deps: { manifest: unknown; jira: JiraEmulator; runtime: ForgeRuntime; quiet: boolean }) {
  const { manifest, jira, runtime } = deps;
  const app = express();
  app.disable('x-powered-by');
  const rawBody = express.text({ type: () => true, limit: '6mb' });

  // Jira REST, exactly as the emulator answers it (scripts, the shell and frames' requestJira).
  app.use(['/rest', '/rest/*splat'], rawBody, async (req, res) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const response = await jira.handle({
      method: req.method,
      path: req.originalUrl,
      headers,
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : undefined,
      actor: actorFrom(req),
      fromApp: false,
    });
    res.status(response.status);
    for (const [k, v] of Object.entries(response.headers)) res.setHeader(k, v);
    res.send(response.body);
  });

  const api = express.Router();
  api.use(express.json({ limit: '6mb' }));
  api.get('/state', (_req, res) => {
    res.json({
      users: DEMO_USERS,
      modules: listUiModules(manifest),
      clock: { now: runtime.clock.now().toISOString(), speed: currentSpeed },
      faults: jira.faults,
      scheduledTriggers: listScheduledTriggers(manifest),
    });
  });
  api.post('/invoke', async (req, res) => {
    const body = (req.body ?? {}) as { moduleKey?: unknown; functionKey?: unknown; payload?: unknown; extension?: unknown };
    if (typeof body.moduleKey !== 'string' || typeof body.functionKey !== 'string' || typeof body.extension !== 'object' || body.extension === null) {
      res.status(400).json({ ok: false, status: 400, message: 'invoke needs moduleKey, functionKey and extension' });
      return;
    }
    const actor = actorFrom(req);
    const result = await runtime.invoke({
      moduleKey: body.moduleKey,
      functionKey: body.functionKey,
      payload: body.payload ?? {},
      extension: body.extension as ExtensionContext,
      accountId: actor.kind === 'user' ? actor.accountId : null,
    });
    res.json(result);
  });
  api.post('/scheduled-triggers/run', async (req, res) => {
    const key = (req.body as { key?: unknown } | undefined)?.key;
    res.json(await runtime.runScheduledTriggers(typeof key === 'string' ? key : undefined));
  });
  let currentSpeed = 1;
  api.post('/clock', async (req, res) => {
    const body = (req.body ?? {}) as { advanceMs?: unknown; speed?: unknown };
    if (typeof body.speed === 'number' && body.speed >= 1 && body.speed <= 100_000) {
      currentSpeed = body.speed;
      runtime.clock.setSpeed(body.speed);
    }
    if (typeof body.advanceMs === 'number' && body.advanceMs > 0) await runtime.clock.advance(body.advanceMs);
    res.json({ now: runtime.clock.now().toISOString(), speed: currentSpeed });
  });
  api.put('/faults', (req, res) => {
    const patch = (req.body ?? {}) as Partial<FaultSettings>;
    const f = jira.faults;
    if (typeof patch.latencyMs === 'number' && patch.latencyMs >= 0) f.latencyMs = patch.latencyMs;
    if (typeof patch.rateLimitNext === 'number' && patch.rateLimitNext >= 0) f.rateLimitNext = patch.rateLimitNext;
    if (patch.retryAfterSeconds === null || (typeof patch.retryAfterSeconds === 'number' && patch.retryAfterSeconds >= 0)) f.retryAfterSeconds = patch.retryAfterSeconds;
    if (typeof patch.unavailableNext === 'number' && patch.unavailableNext >= 0) f.unavailableNext = patch.unavailableNext;
    if (patch.pathPrefix === null || typeof patch.pathPrefix === 'string') f.pathPrefix = patch.pathPrefix;
    res.json(f);
  });
  api.get('/invocations', (_req, res) => {
    res.json(runtime.invocations());
  });
  api.post('/markdown-to-adf', (req, res) => {
    const markdown = (req.body as { markdown?: unknown } | undefined)?.markdown;
    if (typeof markdown !== 'string' || markdown.length > 100_000) {
      res.status(400).json({ errorMessages: ['markdown must be a string of at most 100,000 characters'] });
      return;
    }
    res.json(markdownToAdf(markdown));
  });
  api.use((req, res) => {
    res.status(501).json({ errorMessages: [`The sandbox has no control ${req.method} ${req.originalUrl}`] });
  });
  app.use('/__sandbox/api', api);

  app.get('/__sandbox/bridge-client.js', (_req, res) => {
    res.type('application/javascript').sendFile(BRIDGE_CLIENT);
  });

  // Custom UI frames: each manifest resource's build (static/pages/<page>/build), with the bridge injected
  // before the app's bundle.
  for (const [resourceKey, dir] of Object.entries(resourcePaths(manifest))) {
    const root = path.join(REPO_ROOT, dir);
    const sendIndex = (_req: express.Request, res: express.Response) => {
      const indexFile = path.join(root, 'index.html');
      if (!fs.existsSync(indexFile)) {
        res.status(503).type('text/plain').send(`Resource ${resourceKey} is not built: run npm run build`);
        return;
      }
      const html = fs.readFileSync(indexFile, 'utf8');
      res.type('html').send(html.replace('<head>', '<head><script src="/__sandbox/bridge-client.js"></script>'));
    };
    app.get(`/__sandbox/frames/${resourceKey}/`, sendIndex);
    app.get(`/__sandbox/frames/${resourceKey}/index.html`, sendIndex);
    app.use(`/__sandbox/frames/${resourceKey}`, express.static(root, { index: false }));
  }

  // The shell: a single-page app; every other path is a client-side route.
  app.use(express.static(SHELL_BUILD, { index: false }));
  app.use((req, res) => {
    const indexFile = path.join(SHELL_BUILD, 'index.html');
    if (req.method !== 'GET' || !fs.existsSync(indexFile)) {
      res.status(404).type('text/plain').send('Not found (is the shell built? run npm run build)');
      return;
    }
    res.sendFile(indexFile);
  });
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (!deps.quiet) console.error(err);
    res.status(500).json({ errorMessages: [err instanceof Error ? err.message : String(err)] });
  });
  return app;
}
