/** A JiraEmulator that forwards to a sandbox running in another process, so its memory is not counted here. */
import type { EmulatorRequest, EmulatorResponse, FaultSettings, JiraEmulator } from '../../sandbox/jira/emulator-types';

export function jiraOverHttp(baseUrl: string): JiraEmulator {
  const faults: FaultSettings = { latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: null, unavailableNext: 0, pathPrefix: null };
  return {
    async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      // The sandbox acts as the app when no X-Sandbox-User header is sent.
      if (request.actor.kind === 'user') headers['x-sandbox-user'] = request.actor.accountId;
      const response = await fetch(baseUrl + request.path, { method: request.method, headers, body: request.body, redirect: 'manual' });
      const out: Record<string, string> = {};
      response.headers.forEach((value, key) => (out[key] = value));
      return { status: response.status, headers: out, body: await response.text() };
    },
    onProductEvent: () => undefined,
    setTransitionValidators: () => undefined,
    faults,
    requestCounts: () => ({}),
    resetRequestCounts: () => undefined,
  };
}
