import { z } from 'zod';
import { recordKind } from '../../ports/store';

/** Progress of a project job's latest run, checkpointed so that a run cut off resumes. */
export interface JobState {
  runId: string;
  status: 'running' | 'idle' | 'failed';
  /** The job's own cursor and progress (JSON; the job's schemas read them). */
  cursor: unknown;
  progress: unknown;
  startedAt: number;
  /** When the last run that reached the end finished. */
  lastFinishedAt: number | null;
  /** Consecutive attempts that ended with Jira busy; reset by a step that succeeds. */
  failures: number;
  /** Why the run stopped, for a failed run. */
  lastError: string | null;
}

const jobStateSchema: z.ZodType<JobState> = z.object({
  runId: z.string().min(1),
  status: z.enum(['running', 'idle', 'failed']),
  cursor: z.unknown(),
  progress: z.unknown(),
  startedAt: z.number(),
  lastFinishedAt: z.number().nullable(),
  failures: z.int().nonnegative(),
  lastError: z.string().nullable(),
});

/** One record per job and project: id `<job>:<project id>`, scope the project id. */
export const jobStates = recordKind<JobState>('job', jobStateSchema);

export const jobStateKey = (job: string, projectId: string) => jobStates.key(`${job}:${projectId}`, projectId);
