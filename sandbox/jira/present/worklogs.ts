/** Worklogs as Jira's REST API shows them (the Worklog bean). */
import type { WorklogRecord } from '../store';
import { formatDuration, jiraDateTime } from './format';
import type { Site } from './site';
import { userDetailsJson } from './users';

export function worklogUrl(site: Site, worklog: Pick<WorklogRecord, 'issueId' | 'id'>): string {
  return `${site.baseUrl}/rest/api/3/issue/${worklog.issueId}/worklog/${worklog.id}`;
}

/** `properties` only with `expand=properties`: the sandbox keeps no worklog properties, so it is empty. */
export function worklogJson(site: Site, worklog: WorklogRecord, options: { properties?: boolean } = {}): Record<string, unknown> {
  return {
    self: worklogUrl(site, worklog),
    author: userDetailsJson(site, worklog.author) ?? undefined,
    updateAuthor: userDetailsJson(site, worklog.updateAuthor) ?? undefined,
    comment: worklog.comment ?? undefined,
    created: jiraDateTime(worklog.created),
    updated: jiraDateTime(worklog.updated),
    started: jiraDateTime(worklog.started),
    timeSpent: formatDuration(worklog.timeSpentSeconds),
    timeSpentSeconds: worklog.timeSpentSeconds,
    id: String(worklog.id),
    issueId: String(worklog.issueId),
    properties: options.properties ? [] : undefined,
  };
}
