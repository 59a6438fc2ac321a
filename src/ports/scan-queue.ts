/** A continuation of a readiness scan that did not fit in one invocation. */
export interface ScanContinuation {
  projectId: string;
  projectKey: string;
  /** Identifies the scan run, so a stale continuation of an older run is ignored. */
  runId: string;
}

/** The queue that carries continuations to the scan worker (Forge async events). */
export interface ScanQueue {
  push(continuation: ScanContinuation): Promise<void>;
}
