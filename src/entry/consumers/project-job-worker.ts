import { z } from 'zod';
import { runProjectJob } from '../../app/jobs/run-project-job';
import { jobDeps, PROJECT_JOBS } from '../wiring';

const eventSchema = z.looseObject({
  body: z.looseObject({
    job: z.string().min(1),
    projectId: z.string().min(1),
    projectKey: z.string().min(1),
    runId: z.string().min(1).nullable(),
  }),
});

/**
 * Consumer of the project-jobs queue: starts a run ("run now", runId null) or continues one that did not fit
 * in its invocation or waited out a busy Jira. The runner itself decides retries, so this never asks Forge to.
 */
export async function projectJobWorker(rawEvent: unknown) {
  const parsed = eventSchema.safeParse(rawEvent);
  if (!parsed.success) {
    console.warn('Ignoring a project job message of unexpected shape', parsed.error.message);
    return;
  }
  const { job: name, projectId, projectKey, runId } = parsed.data.body;
  const job = PROJECT_JOBS.get(name);
  if (!job) {
    console.warn(`Ignoring a message for the unknown project job "${name}"`);
    return;
  }
  const outcome = await runProjectJob(jobDeps(), job, { id: projectId, key: projectKey }, runId === null ? { fresh: true } : { runId });
  if (outcome.status === 'failed') console.error(`Project job ${name} of ${projectKey} failed: ${outcome.error}`);
}
