/**
 * The local Forge runtime: provides the globals the real @forge/api, @forge/kvs, @forge/events and
 * @forge/resolver call (`__forge_fetch__`, `__forge_runtime__`) and invokes the app's functions from
 * manifest.yml the way Forge does (resolvers, product-event triggers, scheduled triggers, queue consumers,
 * workflow validators).
 */
import type { Database } from 'better-sqlite3';
import type { JiraEmulator, ProductEvent } from '../jira/emulator-types';
import { KvsEmulator } from '../kvs';
import { AppFunctions } from './app-functions';
import { AsyncEventQueue } from './async-queue';
import { createSandboxClock, type RuntimeClock } from './clock';
import { createForgeFetch } from './forge-fetch';
import { buildForgeRuntimeGlobal, type RuntimeIdentity } from './forge-runtime-global';
import { InvocationLog } from './invocation-log';
import { AppManifest } from './manifest';
import { ProductEventDelivery } from './product-events';
import { invokeResolver } from './resolver-invoke';
import { ScheduledTriggers } from './scheduler';
import type { ForgeRuntime, InvokeRequest, ScheduledRun } from './types';
import { WorkTracker } from './work-tracker';
import { runValidator, type ValidatorArgs } from './workflow-validator';

export { loadManifest, ManifestError } from './manifest';
export { createSandboxClock, type RuntimeClock, type ClockOptions } from './clock';
export { currentInvocation, type InvocationContext } from './invocation-context';
export type * from './types';

export interface ForgeRuntimeOptions {
  /** Parsed manifest.yml (see loadManifest). */
  manifest: unknown;
  /** The exports of the app entry (src/index.ts); handlers are `index.<export>`. Loaded once, on first use. */
  loadApp: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Shared SQLite database; the runtime owns the kvs_, queue_ and runtime_ tables. */
  db: Database;
  jira: JiraEmulator;
  appId: string;
  environmentId: string;
  cloudId: string;
  /** Default: a new sandbox clock (real time × speed + offset). Pass one from createSandboxClock to share it. */
  clock?: RuntimeClock;
  /** Default `http://localhost`. */
  siteUrl?: string;
  /** Default `DEVELOPMENT`. */
  environmentType?: string;
  /** The license resolvers see; default `{isActive: true}`. */
  license?: Record<string, unknown>;
  /** Make @forge/kvs use its proxied form (it reads `__forge_runtime__.kvs` when first imported). */
  kvsProxied?: boolean;
}

export interface SandboxForgeRuntime extends ForgeRuntime {
  clock: RuntimeClock;
  /** The KVS emulator behind `__forge_fetch__`, with its inspection API (list, getRaw, namespaces). */
  kvs: KvsEmulator;
  /** Recorded scheduled-trigger runs, newest first. */
  scheduledRunHistory(limit?: number): Array<ScheduledRun & { at: string }>;
}

declare global {
  var __forge_fetch__: unknown;
  var __forge_runtime__: unknown;
}

export function createForgeRuntime(options: ForgeRuntimeOptions): SandboxForgeRuntime {
  const manifest = new AppManifest(options.manifest);
  const ownsClock = options.clock === undefined;
  const clock = options.clock ?? createSandboxClock();
  const identity: RuntimeIdentity = {
    appId: options.appId,
    environmentId: options.environmentId,
    environmentType: options.environmentType ?? 'DEVELOPMENT',
    cloudId: options.cloudId,
    license: options.license ?? { isActive: true },
    ...(options.kvsProxied ? { kvsProxy: { url: 'http://sandbox.invalid/kvs', host: 'kvs.sandbox.invalid' } } : {}),
  };
  const installContext = `ari:cloud:jira::site/${options.cloudId}`;
  const log = new InvocationLog(500);
  const tracker = new WorkTracker();
  const functions = new AppFunctions(manifest, options.loadApp, log, () => clock.now());
  const kvs = new KvsEmulator(options.db, { manifest: options.manifest, clock });
  const queue = new AsyncEventQueue({ db: options.db, clock, manifest, functions, tracker, installContext });
  const productEvents = new ProductEventDelivery({ manifest, functions, clock, tracker, installContext });
  const scheduler = new ScheduledTriggers({ db: options.db, clock, manifest, functions, cloudId: options.cloudId, installContext });
  const forgeFetch = createForgeFetch({ jira: options.jira, kvs, queue });
  const forgeRuntime = buildForgeRuntimeGlobal(identity);
  let installed = false;

  return {
    clock,
    kvs,
    install() {
      globalThis.__forge_fetch__ = forgeFetch;
      globalThis.__forge_runtime__ = forgeRuntime;
      if (installed) return;
      installed = true;
      queue.start();
      scheduler.start();
    },
    invoke: (request: InvokeRequest) =>
      invokeResolver({ manifest, functions, identity, siteUrl: options.siteUrl ?? 'http://localhost', installContext }, request),
    deliverProductEvent: (event: ProductEvent) => productEvents.deliver(event),
    runScheduledTriggers: (triggerKey?: string) => scheduler.runNow(triggerKey),
    runWorkflowValidator: (moduleKey: string, args: ValidatorArgs) => runValidator({ manifest, functions, installContext }, moduleKey, args),
    async drainQueues() {
      await queue.drain();
      await tracker.idle();
    },
    invocations: () => log.list(),
    scheduledRunHistory: (limit?: number) => scheduler.history(limit),
    async close() {
      scheduler.stop();
      queue.stop();
      await tracker.idle();
      if (ownsClock) clock.close();
      if (globalThis.__forge_fetch__ === forgeFetch) globalThis.__forge_fetch__ = undefined;
      if (globalThis.__forge_runtime__ === forgeRuntime) globalThis.__forge_runtime__ = undefined;
    },
  };
}
