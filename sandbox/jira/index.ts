/**
 * The local Jira Cloud emulator: Jira REST v3 and the Jira Software agile API over SQLite, with
 * users, roles and permissions, product events, workflow validators and injectable faults.
 */
import type { Database } from 'better-sqlite3';
import type { EmulatorRequest, EmulatorResponse, FaultSettings, JiraEmulator, ProductEvent } from './emulator-types';
import { applyFaults, defaultFaults } from './faults';
import { JiraHttpError } from './http/jira-error';
import { depthBeyond, tooDeepMessage } from './http/json-depth';
import { jiraError } from './http/responses';
import type { RegisteredValidator, RouteContext } from './http/route-context';
import type { ParsedManifestBits } from './manifest-bits';
import { Permissions } from './permissions';
import { DEFAULT_BASE_URL, type Site } from './present/site';
import { buildRouter } from './router-table';
import { JiraStore } from './store';

export interface JiraEmulatorOptions {
  db: Database;
  now: () => Date;
  manifest: ParsedManifestBits;
  appId: string;
  environmentId: string;
  /** The site URL used in `self` links (default https://accord-sandbox.atlassian.net). */
  baseUrl?: string;
}

function parseBody(body: string | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  if (body === undefined || body.trim() === '') return { ok: true, value: undefined };
  // Checked before parsing, so that nothing recursive ever sees a body nested deeper than the limit.
  if (depthBeyond(body) !== undefined) return { ok: false, message: tooDeepMessage() };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const at = path.indexOf('?');
  return at < 0 ? { pathname: path, query: new URLSearchParams() } : { pathname: path.slice(0, at), query: new URLSearchParams(path.slice(at + 1)) };
}

export function createJiraEmulator(opts: JiraEmulatorOptions): JiraEmulator {
  const store = new JiraStore(opts.db);
  const permissions = new Permissions(store, { appId: opts.appId, environmentId: opts.environmentId, projectPermissions: opts.manifest.projectPermissions });
  const site: Site = { store, permissions, baseUrl: opts.baseUrl ?? DEFAULT_BASE_URL, now: opts.now };
  const router = buildRouter();
  const listeners: Array<(event: ProductEvent) => void> = [];
  let validators: RegisteredValidator[] = [];
  let counts: Record<string, number> = {};
  const faults: FaultSettings = defaultFaults();

  function count(key: string): void {
    counts[key] = (counts[key] ?? 0) + 1;
  }

  function deliver(events: ProductEvent[]): void {
    for (const event of events) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A failing listener must not fail the Jira request that caused the event.
        }
      }
    }
  }

  async function serve(request: EmulatorRequest): Promise<EmulatorResponse> {
    const { pathname, query } = splitPath(request.path);
    const match = router.match(request.method, pathname);
    count(match ? `${request.method.toUpperCase()} ${match.template}` : `${request.method.toUpperCase()} (unknown route)`);
    const fault = await applyFaults(faults, pathname);
    if (fault) return fault;
    if (!match) {
      return jiraError(501, [`The sandbox Jira does not implement ${request.method.toUpperCase()} ${pathname}.`]);
    }
    const parsed = parseBody(request.body);
    if (!parsed.ok) return jiraError(400, [parsed.message]);
    const events: ProductEvent[] = [];
    const ctx: RouteContext = {
      site,
      manifest: opts.manifest,
      actor: request.actor,
      fromApp: request.fromApp,
      params: match.params,
      query,
      body: parsed.value,
      emit: (event) => events.push(event),
      validators: () => validators,
    };
    const response = await match.handler(ctx);
    deliver(events);
    return response;
  }

  return {
    async handle(request) {
      try {
        return await serve(request);
      } catch (error) {
        if (error instanceof JiraHttpError) return jiraError(error.status, error.errorMessages, error.errors, error.headers);
        const message = error instanceof Error ? error.message : String(error);
        return jiraError(500, [`Internal server error in the sandbox Jira: ${message}`]);
      }
    },
    onProductEvent(listener) {
      listeners.push(listener);
    },
    setTransitionValidators(next) {
      validators = [...next];
    },
    faults,
    requestCounts() {
      return { ...counts };
    },
    resetRequestCounts() {
      counts = {};
    },
  };
}

export { parseManifestBits, appPermissionKey } from './manifest-bits';
export type { ParsedManifestBits, AppProjectPermission } from './manifest-bits';
export type { JiraEmulator, EmulatorRequest, EmulatorResponse, ProductEvent, IssueEvent, WorklogEvent, VersionEvent, SprintEvent, FaultSettings } from './emulator-types';
