import { isScanDue } from '../../domain/schedule/scan-due';
import { jobStateKey } from '../jobs/job-state';
import type { JobDeps } from '../jobs/project-job';
import { runProjectJob, type JobOutcome } from '../jobs/run-project-job';
import { loadSettings } from '../settings/load-settings';
import { nextFutureSprint } from './next-sprint';
import { readinessScanJob, type ScanProgress } from './readiness-scan';

export interface ProjectScanReport {
  projectKey: string;
  decision: string;
  outcome?: JobOutcome<ScanProgress>;
  error?: string;
}

/**
 * The hourly trigger: for each project, decide whether it is time to check readiness, then scan (or resume
 * a scan that was cut off). One project failing does not stop the others.
 */
export async function runReadinessSchedule(deps: JobDeps): Promise<ProjectScanReport[]> {
  const reports: ProjectScanReport[] = [];
  for (const project of await deps.jira.listProjects()) {
    try {
      const state = await deps.store.load(jobStateKey(readinessScanJob.name, project.id)).catch(() => undefined);
      if (state?.value.status === 'running') {
        reports.push({ projectKey: project.key, decision: 'resuming an unfinished scan', outcome: await runProjectJob(deps, readinessScanJob, project) });
        continue;
      }
      const { settings } = await loadSettings(deps.store, project.id);
      const sprint = settings.schedule.mode === 'before-sprint' ? await nextFutureSprint(deps.jira, project.key) : null;
      const lastFinishedAt = state?.value.lastFinishedAt ?? null;
      const decision = isScanDue({
        schedule: settings.schedule,
        now: deps.clock.now(),
        nextSprint: sprint ? { id: sprint.id, startDate: sprint.startDate ?? null } : null,
        lastScan: lastFinishedAt === null ? null : { finishedAt: lastFinishedAt },
      });
      if (!decision.due) {
        reports.push({ projectKey: project.key, decision: decision.reason });
        continue;
      }
      reports.push({ projectKey: project.key, decision: decision.reason, outcome: await runProjectJob(deps, readinessScanJob, project, { fresh: true }) });
    } catch (error) {
      reports.push({ projectKey: project.key, decision: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return reports;
}
