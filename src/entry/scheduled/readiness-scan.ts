import { runReadinessSchedule } from '../../app/readiness/run-schedule';
import { jobDeps } from '../wiring';

/** The hourly scheduledTrigger: each project decides whether its readiness check is due. */
export async function readinessScan() {
  const reports = await runReadinessSchedule(jobDeps());
  for (const r of reports) {
    const outcome = r.outcome;
    if (r.error) console.error(`Readiness scan of ${r.projectKey} failed: ${r.error}`);
    else if (outcome?.status === 'failed') console.error(`Readiness scan of ${r.projectKey} failed: ${outcome.error}`);
    else if (outcome && 'progress' in outcome) console.log(`Readiness scan of ${r.projectKey}: ${outcome.status}, ${outcome.progress.checked} checked, ${outcome.progress.changed} changed`);
    else if (outcome) console.log(`Readiness scan of ${r.projectKey}: ${outcome.status} (${outcome.reason})`);
  }
  return { statusCode: 204 };
}
