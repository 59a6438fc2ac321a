import { errorFromResponse } from './error-from-response';
import { describeRequest, type JiraResponse, type JiraTransport } from './transport';

/**
 * Jira's published advice (rate-limiting page, FORGE-FACTS §10): honour Retry-After; otherwise back off
 * exponentially from 5 s, capped at 30 s, with x0.7-1.3 jitter, at most 4 retries.
 */
export const BACKOFF = { firstMs: 5_000, capMs: 30_000, jitterMin: 0.7, jitterMax: 1.3, maxRetries: 4 } as const;

export interface RetryOptions {
  /** Waits the given milliseconds (injected so tests run instantly). */
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1), for jitter. */
  random: () => number;
  /** Total time one call may spend, waits included; when the next wait does not fit, the call gives up. */
  retryBudgetMs: number;
  /** Clock for the budget; defaults to Date.now. */
  now?: () => number;
  maxRetries?: number;
}

const RETRIED_STATUSES = new Set([429, 503]);

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Backoff before retry number `retry` (0-based) when Jira gave no Retry-After. */
export function backoffMs(retry: number, random: () => number): number {
  const base = Math.min(BACKOFF.capMs, BACKOFF.firstMs * 2 ** retry);
  const jitter = BACKOFF.jitterMin + (BACKOFF.jitterMax - BACKOFF.jitterMin) * random();
  return Math.round(base * jitter);
}

/**
 * Wraps a transport so 429 and 503 are retried within the budget, and every other answer of 400 or
 * above becomes a typed JiraError. What comes back is a 2xx or 3xx response.
 */
export function withRetry(transport: JiraTransport, options: RetryOptions): JiraTransport {
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? BACKOFF.maxRetries;
  return async (path, init) => {
    const startedAt = now();
    for (let retry = 0; ; retry++) {
      const response: JiraResponse = await transport(path, init);
      if (response.status < 400) return response;
      const operation = describeRequest(path, init);
      if (!RETRIED_STATUSES.has(response.status)) throw await errorFromResponse(response, operation);
      const waitMs = parseRetryAfterMs(response.headers.get('retry-after'), now()) ?? backoffMs(retry, options.random);
      const elapsedMs = now() - startedAt;
      if (retry >= maxRetries || elapsedMs + waitMs > options.retryBudgetMs) {
        throw await errorFromResponse(response, operation, Math.max(1, Math.ceil(waitMs / 1000)));
      }
      // The body of a response we will not read is dropped; drain it so the connection can be reused.
      await response.text().catch(() => '');
      await options.sleep(waitMs);
    }
  };
}
