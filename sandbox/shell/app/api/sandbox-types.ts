/** Shapes of the sandbox control API under /__sandbox/api (served by sandbox/http/control-api.ts). */

export interface SandboxUser {
  accountId: string;
  displayName: string;
  role: string;
}

export type ModuleType = 'jira:issuePanel' | 'jira:projectPage' | 'jira:projectSettingsPage' | 'jira:sprintAction';

export interface SandboxModule {
  key: string;
  type: ModuleType | string;
  title: string;
  resource: string;
  /** Absolute: frames are served from their own origin. */
  frameUrl: string;
}

export interface SandboxClockState {
  now: string;
  speed: number;
}

export interface SandboxFaults {
  latencyMs?: number;
  rateLimitNext?: number;
  retryAfterSeconds?: number | null;
  unavailableNext?: number;
  pathPrefix?: string | null;
}

/** Where the app frames come from and the attributes Forge gives their iframes (sandbox/runtime/frame-attributes.ts). */
export interface SandboxFrames {
  origin: string;
  sandbox: string;
  allow: string;
}

export interface SandboxState {
  users: SandboxUser[];
  modules: SandboxModule[];
  frames: SandboxFrames;
  clock: SandboxClockState;
  faults: SandboxFaults;
  scheduledTriggers: Array<{ key: string; interval: string }>;
}

export interface ScheduledRunResult {
  triggerKey: string;
  ok: boolean;
  error?: string;
  durationMs: number;
}

export interface InvocationLogEntry {
  at: string;
  functionKey: string;
  moduleKey: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export type InvokeAnswer = { ok: true; body: unknown } | { ok: false; status: number; message: string };
