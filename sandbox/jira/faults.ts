/** Injected faults (latency, 429, 503), applied before routing; counters go down as they are used. */
import type { EmulatorResponse, FaultSettings } from './emulator-types';
import { jiraError } from './http/responses';

export function defaultFaults(): FaultSettings {
  return { latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: null, unavailableNext: 0, pathPrefix: null };
}

function retryHeaders(faults: FaultSettings): Record<string, string> {
  return faults.retryAfterSeconds === null ? {} : { 'retry-after': String(faults.retryAfterSeconds) };
}

/** Waits the configured latency, then answers a fault response or null to serve normally. */
export async function applyFaults(faults: FaultSettings, path: string): Promise<EmulatorResponse | null> {
  if (faults.pathPrefix !== null && !path.startsWith(faults.pathPrefix)) return null;
  if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  if (faults.rateLimitNext > 0) {
    faults.rateLimitNext -= 1;
    return jiraError(429, ['Rate limit exceeded.'], {}, { ...retryHeaders(faults), 'x-ratelimit-remaining': '0', 'ratelimit-reason': 'jira-burst-based' });
  }
  if (faults.unavailableNext > 0) {
    faults.unavailableNext -= 1;
    return jiraError(503, ['Service unavailable. Please try again later.'], {}, retryHeaders(faults));
  }
  return null;
}
