/**
 * Jira fields the readiness check reads. Story points are a custom field whose id differs from site to
 * site (see ../jira-field-ids).
 */
import type { FieldIds } from '../site/field-ids';

/** Exactly the fields a readiness check needs: scans ask Jira for these and nothing else. */
export function readinessFields(ids: FieldIds): string[] {
  return ['summary', 'description', 'issuetype', 'priority', 'issuelinks', ids.storyPoints];
}

/** Issue property where the result is mirrored for JQL (aliases accordReadiness, accordReady in manifest.yml). */
export const READINESS_PROPERTY = 'accord-readiness';
