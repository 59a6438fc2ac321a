import { z } from 'zod';
import { markStaleIfChanged } from '../../app/signoff/mark-stale';
import { siteFieldIds } from '../../app/site/field-ids';
import { changesReadiness, recheckIssue } from '../../app/readiness/recheck-issue';
import { appDeps } from '../wiring';
import { retryLaterIfBusy } from './retry';

const eventSchema = z.looseObject({
  selfGenerated: z.boolean().optional(),
  atlassianId: z.string().optional(),
  issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), key: z.string() }),
  changelog: z.looseObject({ items: z.array(z.looseObject({ field: z.string().optional(), fieldId: z.string().optional() })).default([]) }).optional(),
});

/**
 * avi:jira:updated:issue: a changed description makes an approval stale; a change to what readiness reads
 * re-checks the ticket. Changes the app made itself are ignored (its own property writes cause none, but
 * its comments and edits would loop).
 */
export async function issueUpdated(rawEvent: unknown) {
  const parsed = eventSchema.safeParse(rawEvent);
  if (!parsed.success) {
    console.warn('Ignoring an issue-updated event of unexpected shape', parsed.error.message);
    return;
  }
  const event = parsed.data;
  if (event.selfGenerated) return;
  const items = event.changelog?.items ?? [];
  const deps = appDeps();
  try {
    if (items.some((i) => i.fieldId === 'description' || i.field === 'description')) {
      await markStaleIfChanged(deps, event.issue.id, event.atlassianId ?? null);
    }
    if (changesReadiness(items, await siteFieldIds(deps.jira, deps.store, deps.clock.now()))) await recheckIssue(deps, event.issue.id);
  } catch (error) {
    return retryLaterIfBusy(error);
  }
}
