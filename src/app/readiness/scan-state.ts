/** Progress of a project's readiness scan, checkpointed after each page so a cut-off scan resumes. */
export interface ScanState {
  runId: string;
  status: 'running' | 'idle';
  /** Token of the first page not yet fully written; null: start from the beginning. */
  resumeToken: string | null;
  startedAt: number;
  /** When the last scan that reached the end finished. */
  lastFinishedAt: number | null;
  checked: number;
  changed: number;
  ready: number;
  notReady: number;
}

export function newScanState(runId: string, now: number, lastFinishedAt: number | null): ScanState {
  return { runId, status: 'running', resumeToken: null, startedAt: now, lastFinishedAt, checked: 0, changed: 0, ready: 0, notReady: 0 };
}
