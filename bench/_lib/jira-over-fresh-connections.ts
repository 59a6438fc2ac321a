/**
 * Like jira-over-http.ts, a JiraEmulator that forwards to a sandbox in another process, but over a new
 * connection per request: the app can compute for longer than the server keeps an idle connection open
 * (Node's 5 s), and a request sent on a connection the server is closing fails ("other side closed").
 * A real Forge fetch does not share that race; the benchmark should not measure it.
 */
import http from 'node:http';
import type { EmulatorRequest, EmulatorResponse, FaultSettings, JiraEmulator } from '../../sandbox/jira/emulator-types';

function send(baseUrl: string, request: EmulatorRequest): Promise<EmulatorResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // The sandbox acts as the app when no X-Sandbox-User header is sent.
  if (request.actor.kind === 'user') headers['x-sandbox-user'] = request.actor.accountId;
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
  return new Promise((resolve, reject) => {
    const outgoing = http.request(baseUrl + request.path, { method: request.method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const out: Record<string, string> = {};
        for (const [key, value] of Object.entries(incoming.headers)) if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: incoming.statusCode ?? 500, headers: out, body: Buffer.concat(chunks).toString('utf8') });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

export function jiraOverFreshConnections(baseUrl: string): JiraEmulator {
  const faults: FaultSettings = { latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: null, unavailableNext: 0, pathPrefix: null };
  return {
    handle: (request) => send(baseUrl, request),
    onProductEvent: () => undefined,
    setTransitionValidators: () => undefined,
    faults,
    requestCounts: () => ({}),
    resetRequestCounts: () => undefined,
  };
}
