/**
 * Story points and sprint are custom fields in Jira Cloud, with ids that differ per site. The shell
 * looks them up by name once (GET /rest/api/3/field), falling back to the usual Cloud ids.
 */
import { listFields } from '../api/jira-api';
import type { JiraField } from '../api/jira-types';

export interface FieldIds {
  storyPoints: string;
  sprint: string;
}

const FALLBACK: FieldIds = { storyPoints: 'customfield_10016', sprint: 'customfield_10020' };
let cached: Promise<FieldIds> | null = null;

function find(fields: JiraField[], names: string[], customType: string): string | undefined {
  const byType = fields.find((field) => field.schema?.custom === customType);
  if (byType) return byType.id;
  const lowered = names.map((name) => name.toLowerCase());
  return fields.find((field) => lowered.includes(field.name.toLowerCase()))?.id;
}

export function fieldIds(): Promise<FieldIds> {
  cached ??= listFields().then(
    (fields) => ({
      storyPoints:
        find(fields, ['Story point estimate', 'Story Points'], 'com.pyxis.greenhopper.jira:jsw-story-points') ?? FALLBACK.storyPoints,
      sprint: find(fields, ['Sprint'], 'com.pyxis.greenhopper.jira:gh-sprint') ?? FALLBACK.sprint,
    }),
    () => FALLBACK,
  );
  return cached;
}
