/**
 * The contract of the local Forge runtime: it provides the globals the real @forge/* packages call
 * (`__forge_fetch__`, `__forge_runtime__`) and invokes the app's functions the way Forge does,
 * from manifest.yml.
 */
import type { JiraEmulator, ProductEvent } from '../jira/emulator-types';

/** The extension context a UI module's resolver sees as `context.extension` (FORGE-FACTS §6). */
export interface ExtensionContext {
  type: string;
  issue?: { id: string; key: string; type: string; typeId: string };
  project?: { id: string; key: string; type: string };
  sprint?: { id: number };
  board?: { id: number };
  isNewToIssue?: boolean;
  location?: string;
  [key: string]: unknown;
}

export interface InvokeRequest {
  /** The UI module whose resolver is called (e.g. accord-issue-panel). */
  moduleKey: string;
  /** The resolver definition key passed to `invoke(functionKey, payload)`. */
  functionKey: string;
  payload: unknown;
  extension: ExtensionContext;
  /** The signed-in user; null for an anonymous caller. */
  accountId: string | null;
}

export type InvokeResult = { ok: true; body: unknown } | { ok: false; status: number; message: string };

export interface ScheduledRun {
  triggerKey: string;
  ok: boolean;
  error?: string;
  durationMs: number;
}

export interface SandboxClock {
  now(): Date;
  /** Moves sandbox time forward (runs what falls due: scheduled triggers, delayed queue events). */
  advance(ms: number): Promise<void>;
  /** Sandbox time runs this many times faster than real time (1 = real time). */
  setSpeed(multiplier: number): void;
}

export interface ForgeRuntime {
  /** Sets `globalThis.__forge_fetch__` and `globalThis.__forge_runtime__`. Idempotent. */
  install(): void;
  invoke(request: InvokeRequest): Promise<InvokeResult>;
  /** Delivers a product event to every trigger subscribed to it in manifest.yml; resolves when they finished. */
  deliverProductEvent(event: ProductEvent): Promise<void>;
  /** Runs one scheduled trigger now ("run now" control), or all of them when key is omitted. */
  runScheduledTriggers(triggerKey?: string): Promise<ScheduledRun[]>;
  /** Runs the function of a jira:workflowValidator module. */
  runWorkflowValidator(moduleKey: string, args: Parameters<Parameters<JiraEmulator['setTransitionValidators']>[0][number]['run']>[0]): Promise<{ result: boolean; errorMessage?: string }>;
  /** Resolves when every queued async event (and what it pushed in turn) has been consumed. */
  drainQueues(): Promise<void>;
  clock: SandboxClock;
  /** Invocation log for the shell's developer drawer and for tests. */
  invocations(): Array<{ at: string; functionKey: string; moduleKey: string; ok: boolean; ms: number; error?: string }>;
  close(): Promise<void>;
}
