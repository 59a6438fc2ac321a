import type { z } from 'zod';
import type { Clock, Deadline } from '../../ports/clock';
import type { JiraPort } from '../../ports/jira';
import type { JobQueue } from '../../ports/job-queue';
import type { RecordStore } from '../../ports/store';

/** What every project job and the runner need; jobs run as the app, without a user. */
export interface JobDeps {
  jira: JiraPort;
  store: RecordStore;
  queue: JobQueue;
  clock: Clock;
  deadline: Deadline;
  newRunId(): string;
}

export interface ProjectRef {
  id: string;
  key: string;
}

/** Where a run stands after a step. */
export interface StepResult<Cursor, Progress> {
  /** Where the next step starts; null when the run is done. */
  cursor: Cursor | null;
  progress: Progress;
  /**
   * True when the run holds nothing in memory that is not written yet: the runner may checkpoint here, and a
   * run cut off later resumes from this cursor with this progress.
   */
  settled: boolean;
}

/** One invocation's share of a run: state held in memory between steps (pending writes, loaded settings). */
export interface JobRun<Cursor, Progress> {
  /** Does the next piece of work (a page, a batch) and says where the run stands. */
  step(): Promise<StepResult<Cursor, Progress>>;
  /** Writes whatever it holds, so the position of the last step can be checkpointed; answers the progress then. */
  settle(): Promise<Progress>;
}

/**
 * A job over one project that may outgrow an invocation (a scan of thousands of tickets, a snapshot). The
 * runner (run-project-job.ts) checkpoints its cursor, continues it through the queue when the invocation
 * would run out, retries it later when Jira stays busy, and never runs two runs of it at once.
 * Steps must be repeatable: replaying from a checkpoint ends in the same state as an uninterrupted run.
 */
export interface ProjectJob<Cursor, Progress> {
  /** Unique among jobs; part of the job-state record id and of queue messages. */
  readonly name: string;
  readonly cursorSchema: z.ZodType<Cursor>;
  readonly progressSchema: z.ZodType<Progress>;
  /** Where a fresh run starts. */
  start(): { cursor: Cursor; progress: Progress };
  /** Prepares this invocation's share of the run, from a checkpoint. */
  open(deps: JobDeps, project: ProjectRef, from: { cursor: Cursor; progress: Progress }): Promise<JobRun<Cursor, Progress>>;
}
