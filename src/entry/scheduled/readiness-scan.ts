import { runReadinessSchedule } from '../../app/readiness/run-schedule';
import { scanDeps } from '../deps';

/** The hourly scheduledTrigger: each project decides whether its readiness check is due. */
export async function readinessScan() {
  const reports = await runReadinessSchedule(scanDeps());
  for (const r of reports) {
    if (r.error) console.error(`Readiness scan of ${r.projectKey} failed: ${r.error}`);
    else if (r.outcome) console.log(`Readiness scan of ${r.projectKey}: ${r.outcome.status}, ${r.outcome.checked} checked, ${r.outcome.changed} changed`);
  }
  return { statusCode: 204 };
}
