/**
 * The contract between the Jira Cloud emulator and everything that talks to it: the Forge runtime's
 * `__forge_fetch__` (the app's requestJira), the bridge's requestJira from Custom UI frames, and the
 * HTTP routes under /rest/ used by the shell and by scripts. One `handle` serves all three, so the
 * app, the browser and tests all see the same Jira.
 */

/** Who is calling. `app` sees the whole site; `user` sees what that user's permissions allow. */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string };

export interface EmulatorRequest {
  method: string;
  /** Path with query string, e.g. `/rest/api/3/issue/ACC-1?fields=summary`. */
  path: string;
  headers: Record<string, string>;
  /** Raw body text as sent (JSON for most routes), undefined when there is none. */
  body?: string;
  actor: Actor;
  /** True when the request came from the app's own code (any provider): product events it causes carry `selfGenerated: true`. */
  fromApp: boolean;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  /** Response body text ('' for 204). */
  body: string;
}

/** What every product event carries besides its own payload (FORGE-FACTS §3). */
interface ProductEventBase {
  selfGenerated: boolean;
  atlassianId?: string;
  timestamp: number;
}

/** Issue events as Forge delivers them to `trigger` modules (FORGE-FACTS §3). */
export interface IssueEvent extends ProductEventBase {
  eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';
  issue: { id: string; key: string; fields: Record<string, unknown> };
  changelog?: { id: string; items: ChangelogItem[] };
}

/** Worklog events: `{eventType, worklog}` (Forge events reference, Jira, "Issue worklog events"); see events/worklog-events.ts. */
export interface WorklogEvent extends ProductEventBase {
  eventType: 'avi:jira:created:worklog' | 'avi:jira:updated:worklog' | 'avi:jira:deleted:worklog';
  worklog: Record<string, unknown>;
}

/** Version events: `{eventType, version, atlassianId?}` (Forge events reference, Jira, "Project version events"). */
export interface VersionEvent extends ProductEventBase {
  eventType:
    | 'avi:jira:created:version'
    | 'avi:jira:updated:version'
    | 'avi:jira:released:version'
    | 'avi:jira:unreleased:version'
    | 'avi:jira:archived:version'
    | 'avi:jira:unarchived:version';
  version: Record<string, unknown>;
}

/** Sprint events: `{eventType, sprint, oldValue?, atlassianId?}` (Forge events reference, Jira Software, "Sprint events"). */
export interface SprintEvent extends ProductEventBase {
  eventType:
    | 'avi:jira-software:created:sprint'
    | 'avi:jira-software:started:sprint'
    | 'avi:jira-software:updated:sprint'
    | 'avi:jira-software:closed:sprint'
    | 'avi:jira-software:deleted:sprint';
  sprint: Record<string, unknown>;
  /** Present for the updated event: the changed fields' values from before the change. */
  oldValue?: Record<string, unknown>;
}

/** A product event as Forge delivers it to `trigger` modules. */
export type ProductEvent = IssueEvent | WorklogEvent | VersionEvent | SprintEvent;

export interface ChangelogItem {
  field: string;
  /** Absent on some of Jira's own items (the parent's `IssueParentAssociation`). */
  fieldId?: string;
  fieldtype: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** Faults switched on by tests and benchmarks; applied to every request before routing. */
export interface FaultSettings {
  /** Added latency per request, milliseconds. */
  latencyMs: number;
  /** Answer the next N requests with 429 (then serve normally). */
  rateLimitNext: number;
  /** Retry-After seconds for those 429s; null sends no Retry-After header. */
  retryAfterSeconds: number | null;
  /** Answer the next N requests with 503 (with Retry-After when retryAfterSeconds is set). */
  unavailableNext: number;
  /** Only requests whose path starts with this prefix are affected (null: all). */
  pathPrefix: string | null;
}

/** A workflow validator the emulator must run before a transition (jira:workflowValidator, function mode). */
export type TransitionValidator = (args: {
  issue: { key: string };
  configuration: Record<string, unknown>;
  transition: { from: { id: string }; to: { id: string }; modifiedFields?: Record<string, unknown> };
}) => Promise<{ result: boolean; errorMessage?: string }>;

export interface JiraEmulator {
  handle(request: EmulatorRequest): Promise<EmulatorResponse>;
  /** Listeners receive every product event, after the change is committed. */
  onProductEvent(listener: (event: ProductEvent) => void): void;
  /** Validators that run on transitions into the given status names (null: every transition). */
  setTransitionValidators(validators: Array<{ key: string; toStatus: string | null; run: TransitionValidator }>): void;
  faults: FaultSettings;
  /** Count of requests handled, by "METHOD /path-template", for benchmarks and tests. */
  requestCounts(): Record<string, number>;
  resetRequestCounts(): void;
}
