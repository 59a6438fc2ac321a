import { z } from 'zod';
import { forgetIssue } from '../../app/issue-panel/content-changed';
import { appDeps } from '../app-deps';

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
  await forgetIssue(appDeps().store, parsed.data.issue.id);
}
