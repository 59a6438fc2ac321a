import { Queue } from '@forge/events';
import type { JobMessage, JobQueue } from '../../ports/job-queue';

/** The queue named in manifest.yml (consumer project-job-consumer). */
export const PROJECT_JOB_QUEUE = 'project-jobs';
/** @forge/events refuses longer delays. */
const MAX_DELAY_SECONDS = 900;

export function forgeJobQueue(): JobQueue {
  const queue = new Queue({ key: PROJECT_JOB_QUEUE });
  return {
    async push(message: JobMessage, options = {}) {
      const delay = options.delaySeconds === undefined ? undefined : Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(options.delaySeconds)));
      await queue.push({ body: { ...message }, ...(delay ? { delayInSeconds: delay } : {}) });
    },
  };
}
