import { isScanDue } from '../../domain/schedule/scan-due';
import { scanStateKey } from '../records';
import { loadSettings } from '../settings/load-settings';
import { nextFutureSprint } from './next-sprint';
import { scanProject, type ScanDeps, type ScanOutcome } from './scan-project';
import type { ScanState } from './scan-state';

export interface ProjectScanReport {
  projectKey: string;
  decision: string;
  outcome?: ScanOutcome;
  error?: string;
}

/**
 * The hourly trigger: for each project, decide whether it is time to check readiness, then scan (or resume
 * a scan that was cut off). One project failing does not stop the others.
 */
export async function runReadinessSchedule(deps: ScanDeps): Promise<ProjectScanReport[]> {
  const reports: ProjectScanReport[] = [];
  for (const project of await deps.jira.listProjects()) {
    try {
      const state = await deps.store.load<ScanState>(scanStateKey(project.id));
      if (state?.value.status === 'running') {
        reports.push({ projectKey: project.key, decision: 'resuming an unfinished scan', outcome: await scanProject(deps, project) });
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
      reports.push({ projectKey: project.key, decision: decision.reason, outcome: await scanProject(deps, project, { fresh: true }) });
    } catch (error) {
      reports.push({ projectKey: project.key, decision: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return reports;
}
