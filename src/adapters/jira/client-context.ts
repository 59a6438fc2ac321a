import type { JiraTransport } from './transport';

/** What every group of requests shares: the retrying transport and the injected clock. */
export interface ClientContext {
  /** Retries 429/503 and throws typed errors for other failures; answers are 2xx or 3xx. */
  requestJira: JiraTransport;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  retryBudgetMs: number;
}
