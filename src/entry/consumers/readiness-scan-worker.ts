import { z } from 'zod';
import { scanProject } from '../../app/readiness/scan-project';
import { scanDeps } from '../deps';
import { retryLaterIfBusy } from '../triggers/retry';

const eventSchema = z.looseObject({
  body: z.looseObject({ projectId: z.string().min(1), projectKey: z.string().min(1), runId: z.string().min(1) }),
});

/** Consumer of the readiness-scan queue: continues a scan that did not fit in one invocation. */
export async function readinessScanWorker(rawEvent: unknown) {
  const parsed = eventSchema.safeParse(rawEvent);
  if (!parsed.success) {
    console.warn('Ignoring a scan continuation of unexpected shape', parsed.error.message);
    return;
  }
  const { projectId, projectKey, runId } = parsed.data.body;
  try {
    await scanProject(scanDeps(), { id: projectId, key: projectKey }, { runId });
  } catch (error) {
    return retryLaterIfBusy(error);
  }
}
