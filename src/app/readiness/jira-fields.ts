/**
 * Jira field ids the readiness check reads. Story points and sprint are custom fields whose ids are
 * the same on every Jira Cloud site created with Jira Software's defaults (customfield_10016 "Story point
 * estimate", customfield_10020 "Sprint").
 */
export const STORY_POINTS_FIELD = 'customfield_10016';
export const SPRINT_FIELD = 'customfield_10020';

/** Exactly the fields a readiness check needs: scans ask Jira for these and nothing else. */
export const READINESS_FIELDS = ['summary', 'description', 'issuetype', 'priority', 'issuelinks', STORY_POINTS_FIELD];

/** Issue property where the result is mirrored for JQL (aliases accordReadiness, accordReady in manifest.yml). */
export const READINESS_PROPERTY = 'accord-readiness';
