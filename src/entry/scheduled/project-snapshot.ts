import { snapshotEveryProject } from '../../app/snapshot/snapshot-triggers';
import { jobDeps } from '../wiring';

/** The hourly scheduledTrigger: every project's snapshot is refreshed, each run in its own queue delivery. */
export async function projectSnapshots() {
  for (const r of await snapshotEveryProject(jobDeps())) console.log(`Project snapshot of ${r.projectKey}: ${r.outcome}`);
  return { statusCode: 204 };
}
