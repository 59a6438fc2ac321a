import { snapshotOnEvent } from '../../app/snapshot/snapshot-triggers';
import { jobDeps } from '../wiring';
import { retryLaterIfBusy } from './retry';

/**
 * Worklog, version and sprint events: what the project page shows changed, so its snapshot is refreshed
 * (a run already under way picks the change up, or the next one does).
 */
export async function projectChanged(event: unknown) {
  try {
    await snapshotOnEvent(jobDeps(), event);
  } catch (error) {
    return retryLaterIfBusy(error);
  }
}
