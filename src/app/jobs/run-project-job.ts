import { JiraUnavailableError, RateLimitedError } from '../../ports/jira';
import type { Versioned } from '../../ports/store';
import { UnreadableRecordError } from '../../ports/store';
import { jobStateKey, type JobState } from './job-state';
import type { JobDeps, JobRun, ProjectJob, ProjectRef } from './project-job';

/** Stop taking new steps when less than this is left of the invocation; a queued continuation goes on. */
export const SAFETY_MARGIN_MS = 60_000;
/** Times in a row a run may stop on an error (Jira busy beyond the client's own retries, or another fault) before it is given up. */
export const MAX_ATTEMPTS = 10;
/** A "run now" while a run checkpointed this recently joins that run instead of restarting it. */
const ACTIVE_RUN_MS = 15 * 60_000;

export type JobOutcome<Progress> =
  | { status: 'finished' | 'continued'; progress: Progress }
  /** Jira stayed busy: the run continues from its last checkpoint after `retryAfterSeconds` (queued). */
  | { status: 'retrying'; progress: Progress; retryAfterSeconds: number }
  /** Another error stopped this invocation; the run stays open and the next scheduled run resumes it. */
  | { status: 'interrupted'; progress: Progress; error: string }
  /** Stopped too many times in a row: given up until a fresh run. */
  | { status: 'failed'; error: string }
  /** A continuation of a run that a newer run replaced, or a run another invocation holds: nothing done. */
  | { status: 'skipped'; reason: string };

export interface RunRequest {
  /** Continue this run; a message of an older run is skipped. */
  runId?: string;
  /** Start over, even when a run is unfinished. */
  fresh?: boolean;
}

/**
 * Runs a project job from its checkpoint as far as this invocation allows: checkpoints after each settled
 * step, continues through the queue before the invocation runs out, retries later (through the queue,
 * within a budget) when Jira stays busy, and stops quietly when another invocation took the run over.
 */
export async function runProjectJob<C, P>(deps: JobDeps, job: ProjectJob<C, P>, project: ProjectRef, request: RunRequest = {}): Promise<JobOutcome<P>> {
  const key = jobStateKey(job.name, project.id);
  const stored = await loadState(deps, key);
  if (request.runId !== undefined && (stored?.value?.runId !== request.runId || stored.value.status !== 'running')) {
    return { status: 'skipped', reason: 'this run was replaced or has ended' };
  }

  let version = stored?.version ?? null;
  let state: JobState;
  let from: { cursor: C; progress: P };
  const resumable = stored?.value?.status === 'running' && !request.fresh ? resumePoint(job, stored.value) : null;
  if (stored?.value && resumable) {
    state = stored.value;
    from = resumable;
  } else {
    from = job.start();
    const now = deps.clock.now();
    state = { runId: deps.newRunId(), status: 'running', cursor: from.cursor, progress: from.progress, startedAt: now, lastFinishedAt: stored?.value?.lastFinishedAt ?? null, failures: 0, lastError: null };
  }

  /** Writes the state; false when another invocation wrote in between (it owns the run now). */
  const save = async (next: JobState): Promise<boolean> => {
    const saved = await deps.store.save(key, next, version, deps.clock.now());
    if (!saved.ok) return false;
    version = saved.version;
    state = next;
    return true;
  };
  if (!(await save(state))) return { status: 'skipped', reason: 'another invocation is running this job' };

  let run: JobRun<C, P> | null = null;
  let last = from;
  try {
    run = await job.open(deps, project, from);
    for (;;) {
      const step = await run.step();
      if (step.cursor === null) {
        const progress = await run.settle();
        const done: JobState = { ...state, status: 'idle', cursor: null, progress, lastFinishedAt: deps.clock.now(), failures: 0, lastError: null };
        return (await save(done)) ? { status: 'finished', progress } : superseded();
      }
      const outOfTime = deps.deadline.remainingMs() < SAFETY_MARGIN_MS;
      const progress = outOfTime ? await run.settle() : step.progress;
      if ((step.settled || outOfTime) && !sameJson(step.cursor, last.cursor)) {
        if (!(await save({ ...state, cursor: step.cursor, progress, failures: 0 }))) return superseded();
        last = { cursor: step.cursor, progress };
      }
      if (outOfTime) {
        await deps.queue.push({ job: job.name, projectId: project.id, projectKey: project.key, runId: state.runId });
        return { status: 'continued', progress };
      }
    }
  } catch (error) {
    return afterFailure(deps, job, project, state, save, last.progress, error);
  }
}

/** Asks for a fresh run through the queue ("run now"), unless a run is under way already. */
export async function requestJobRun<C, P>(deps: JobDeps, job: ProjectJob<C, P>, project: ProjectRef): Promise<'queued' | 'running'> {
  const stored = await loadState(deps, jobStateKey(job.name, project.id));
  const current = stored?.value;
  if (current?.status === 'running' && stored && deps.clock.now() - stored.updatedAt < ACTIVE_RUN_MS) return 'running';
  await deps.queue.push({ job: job.name, projectId: project.id, projectKey: project.key, runId: null });
  return 'queued';
}

/** The stored state, or undefined; an unreadable one is replaced by the next run (its version kept). */
async function loadState(deps: JobDeps, key: ReturnType<typeof jobStateKey>): Promise<(Omit<Versioned<JobState>, 'value'> & { value: JobState | null }) | undefined> {
  try {
    return await deps.store.load(key);
  } catch (error) {
    if (!(error instanceof UnreadableRecordError)) throw error;
    console.warn(`${error.message}; the job starts a fresh run`);
    return { value: null, version: error.version, updatedAt: 0 };
  }
}

function resumePoint<C, P>(job: ProjectJob<C, P>, state: JobState): { cursor: C; progress: P } | null {
  const cursor = job.cursorSchema.safeParse(state.cursor);
  const progress = job.progressSchema.safeParse(state.progress);
  return cursor.success && progress.success ? { cursor: cursor.data, progress: progress.data } : null;
}

/**
 * A step threw. Jira busy: wait outside any invocation (a delayed queue message) and resume from the last
 * checkpoint. Anything else: leave the run open at its checkpoint for the next scheduled run, as if the
 * invocation had died there. Either way, after MAX_ATTEMPTS stops in a row the run is given up.
 */
async function afterFailure<C, P>(
  deps: JobDeps,
  job: ProjectJob<C, P>,
  project: ProjectRef,
  state: JobState,
  save: (next: JobState) => Promise<boolean>,
  progress: P,
  error: unknown,
): Promise<JobOutcome<P>> {
  const message = error instanceof Error ? error.message : String(error);
  const failures = state.failures + 1;
  if (failures >= MAX_ATTEMPTS) {
    const why = `stopped ${failures} times in a row, last: ${message}`;
    await save({ ...state, status: 'failed', failures, lastError: why });
    return { status: 'failed', error: why };
  }
  if (!(await save({ ...state, failures, lastError: message }))) return superseded();
  const busy = error instanceof RateLimitedError || error instanceof JiraUnavailableError ? error : null;
  if (!busy) {
    console.warn(`Project job ${job.name} of ${project.key} stopped (${message}); the next scheduled run resumes it`);
    return { status: 'interrupted', progress, error: message };
  }
  const retryAfterSeconds = Math.max(1, Math.ceil(busy.retryAfterSeconds));
  await deps.queue.push({ job: job.name, projectId: project.id, projectKey: project.key, runId: state.runId }, { delaySeconds: retryAfterSeconds });
  return { status: 'retrying', progress, retryAfterSeconds };
}

const superseded = () => ({ status: 'skipped', reason: 'another invocation took this run over' }) as const;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
