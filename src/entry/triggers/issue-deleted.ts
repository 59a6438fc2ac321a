import { z } from 'zod';
import { forgetIssue } from '../../app/signoff/mark-stale';
import { appDeps } from '../wiring';

const eventSchema = z.looseObject({
  issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }),
});

/** avi:jira:deleted:issue: the app keeps nothing about an issue that no longer exists. */
export async function issueDeleted(rawEvent: unknown) {
  const parsed = eventSchema.safeParse(rawEvent);
  if (!parsed.success) {
    console.warn('Ignoring an issue-deleted event of unexpected shape', parsed.error.message);
    return;
  }
  await forgetIssue(appDeps(), parsed.data.issue.id);
}
