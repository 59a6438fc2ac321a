/**
 * One run of the project snapshot job on the real job runner, as Forge would run it: each invocation gets
 * Forge's 900 s, and when the runner hands over (a continuation pushed onto the queue) the next invocation
 * continues that run, as the queue's consumer would. Counts the invocations and times each.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { JobDeps, ProjectRef } from '../../src/app/jobs/project-job';
import { runProjectJob, type RunRequest } from '../../src/app/jobs/run-project-job';
import { projectSnapshotJob, type SnapshotProgress } from '../../src/app/snapshot/project-snapshot-job';
import type { JiraPort } from '../../src/ports/jira';
import type { JobMessage } from '../../src/ports/job-queue';
import type { RecordStore } from '../../src/ports/store';

/** Forge's limit for one invocation of a scheduled trigger or queue consumer. */
export const INVOCATION_LIMIT_MS = 900_000;

export interface SnapshotRunFigures {
  /** `stopped`: the runner left the run open after an error (the next scheduled run would try again). */
  status: 'finished' | 'stopped';
  error: string | null;
  progress: SnapshotProgress | null;
  /** Invocations the run took (1 when it finished in the first). */
  invocations: number;
  /** Continuations it pushed onto the queue (invocations - 1 when none was a retry). */
  continuations: number;
  /** Wall time of each invocation. */
  invocationMs: number[];
  wallMs: number;
}

export interface SnapshotPorts {
  jira: () => JiraPort;
  store: RecordStore;
  now: () => number;
}

export async function runProjectSnapshot(ports: SnapshotPorts, project: ProjectRef, limitMs = INVOCATION_LIMIT_MS): Promise<SnapshotRunFigures> {
  let request: RunRequest = { fresh: true };
  const invocationMs: number[] = [];
  let continuations = 0;
  const started = performance.now();
  for (;;) {
    const pushed: JobMessage[] = [];
    const invoked = performance.now();
    const deps: JobDeps = {
      jira: ports.jira(),
      store: ports.store,
      queue: { push: async (message) => void pushed.push(message) },
      clock: { now: ports.now },
      deadline: { remainingMs: () => limitMs - (performance.now() - invoked) },
      newRunId: () => randomUUID(),
    };
    const outcome = await runProjectJob(deps, projectSnapshotJob, project, request);
    invocationMs.push(performance.now() - invoked);
    const figures = { invocations: invocationMs.length, continuations, invocationMs, wallMs: performance.now() - started };
    if (outcome.status === 'finished') return { status: 'finished', error: null, progress: outcome.progress, ...figures };
    if (outcome.status === 'interrupted') return { status: 'stopped', error: outcome.error, progress: outcome.progress, ...figures };
    const next = pushed.at(-1);
    if ((outcome.status === 'continued' || outcome.status === 'retrying') && next?.runId) {
      continuations += 1;
      request = { runId: next.runId };
      continue;
    }
    throw new Error(`The snapshot ended ${outcome.status}: ${'error' in outcome ? outcome.error : 'reason' in outcome ? outcome.reason : ''}`);
  }
}
