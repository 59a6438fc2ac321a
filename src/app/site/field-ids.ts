/**
 * Which custom fields hold story points and the sprint on this site. Jira Cloud sites created with Jira
 * Software's defaults use customfield_10016 and customfield_10020, but older and company-managed sites often
 * have another "Story Points" field: the ids are read from Jira's field list and remembered per site.
 */
import { z } from 'zod';
import type { JiraField, JiraPort } from '../../ports/jira';
import { recordKind, UnreadableRecordError, type RecordStore } from '../../ports/store';

export interface FieldIds {
  storyPoints: string;
  sprint: string;
}

/** The ids on a site with Jira Software's defaults; used when Jira cannot tell. */
export const DEFAULT_FIELD_IDS: FieldIds = { storyPoints: 'customfield_10016', sprint: 'customfield_10020' };

const STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
const SPRINT_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
const STORY_POINTS_NAMES = new Set(['story point estimate', 'story points']);

/** Field ids change only when an admin reconfigures Jira; a day old is fresh enough. */
export const FIELD_IDS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** One record for the site: the ids found, and when (its update time says how old they are). */
export const fieldIdsRecords = recordKind<FieldIds>('fields', z.object({ storyPoints: z.string().min(1), sprint: z.string().min(1) }));
export const fieldIdsKey = fieldIdsRecords.key('site', 'site');

const named = (field: JiraField, names: Set<string>) => names.has(field.name.trim().toLowerCase());

/** The story-points and sprint field ids among a site's fields: by Jira Software's field type, then by name. */
export function fieldIdsFrom(fields: readonly JiraField[]): FieldIds {
  const storyPoints =
    fields.find((f) => f.schema?.custom === STORY_POINTS_TYPE) ??
    fields.find((f) => f.schema?.type === 'number' && named(f, STORY_POINTS_NAMES));
  const sprint = fields.find((f) => f.schema?.custom === SPRINT_TYPE) ?? fields.find((f) => named(f, new Set(['sprint'])));
  return { storyPoints: storyPoints?.id ?? DEFAULT_FIELD_IDS.storyPoints, sprint: sprint?.id ?? DEFAULT_FIELD_IDS.sprint };
}

/**
 * The site's field ids, from the store when a day old or less, else asked of Jira and remembered. Never
 * fails: when Jira cannot list its fields, the last known ids are used, or the defaults.
 */
export async function siteFieldIds(jira: JiraPort, store: RecordStore, now: number): Promise<FieldIds> {
  // An unreadable or unavailable record only means asking Jira again (and replacing an unreadable one).
  let storedVersion: number | null = null;
  const cached = await store.load(fieldIdsKey).catch((error: unknown) => {
    console.warn('Could not read the remembered story points and sprint field ids', error);
    if (error instanceof UnreadableRecordError) storedVersion = error.version;
    return undefined;
  });
  const known = cached?.value;
  if (known && cached && now - cached.updatedAt < FIELD_IDS_MAX_AGE_MS) return known;

  let ids: FieldIds;
  try {
    ids = fieldIdsFrom(await jira.listFields());
  } catch (error) {
    console.warn('Could not list Jira fields; using the last known story points and sprint field ids', error);
    return known ?? DEFAULT_FIELD_IDS;
  }
  // A conflict means someone else just stored them; either answer is as good.
  await store.save(fieldIdsKey, ids, cached?.version ?? storedVersion, now).catch((error: unknown) => {
    console.warn('Could not remember the story points and sprint field ids', error);
  });
  return ids;
}
