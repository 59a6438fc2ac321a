import { z } from 'zod';
import { retryDecisionComment } from '../../app/signoff/decision-comments';
import { commentWorkerDeps } from '../wiring';

const eventSchema = z.looseObject({
  body: z.looseObject({ issueId: z.string().min(1), issueKey: z.string().min(1), projectId: z.string().min(1), at: z.string().min(1) }),
});

/** Consumer of the decision-comments queue: writes a decision comment Jira refused earlier, once. */
export async function decisionCommentWorker(rawEvent: unknown) {
  const parsed = eventSchema.safeParse(rawEvent);
  if (!parsed.success) {
    console.warn('Ignoring a decision comment retry of unexpected shape', parsed.error.message);
    return;
  }
  const outcome = await retryDecisionComment({ ...commentWorkerDeps() }, parsed.data.body);
  console.log(`Decision comment on ${parsed.data.body.issueKey} for ${parsed.data.body.at}: ${outcome}`);
}
