import type { JobDeps } from '../../src/app/jobs/project-job';
import { runProjectJob } from '../../src/app/jobs/run-project-job';
import { readinessScanJob } from '../../src/app/readiness/readiness-scan';

export interface ScanFigures {
  status: string;
  checked: number;
  changed: number;
  ready: number;
  notReady: number;
}

/** One fresh run of the readiness scan job, its counts flattened for printing. */
export async function runReadinessScan(deps: JobDeps, project: { id: string; key: string }): Promise<ScanFigures> {
  const outcome = await runProjectJob(deps, readinessScanJob, project, { fresh: true });
  if (!('progress' in outcome)) throw new Error(`The scan ended ${outcome.status}: ${'error' in outcome ? outcome.error : outcome.reason}`);
  return { status: outcome.status, ...outcome.progress };
}
