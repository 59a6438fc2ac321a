import type { SnapshotStatus } from '../../contract/project-page';
import type { RecordStore } from '../../ports/store';
import { jobStateKey } from '../jobs/job-state';

/** The project snapshot job's name (job-state records, queue messages). */
export const PROJECT_SNAPSHOT_JOB = 'project-snapshot';

/** How fresh the snapshot is, from the job's own record; an unreadable record reads as "no snapshot yet". */
export async function snapshotStatus(store: RecordStore, projectId: string): Promise<SnapshotStatus> {
  const state = await store.load(jobStateKey(PROJECT_SNAPSHOT_JOB, projectId)).catch(() => undefined);
  const value = state?.value;
  return {
    asOf: value?.lastFinishedAt ? new Date(value.lastFinishedAt).toISOString() : null,
    refreshing: value?.status === 'running',
    problem: value && value.status !== 'idle' && value.lastError ? value.lastError : null,
  };
}
