/** Comments and changelog histories as Jira's REST API shows them (worklogs: worklogs.ts). */
import { adfToHtml } from '../adf-text';
import type { ChangelogItem } from '../emulator-types';
import type { ChangelogRecord, CommentRecord } from '../store';
import { jiraDateTime } from './format';
import type { Site } from './site';
import { userDetailsJson } from './users';

export function commentJson(site: Site, issueId: number, comment: CommentRecord, rendered = false): Record<string, unknown> {
  const author = userDetailsJson(site, comment.author) ?? undefined;
  return {
    self: `${site.baseUrl}/rest/api/3/issue/${issueId}/comment/${comment.id}`,
    id: String(comment.id),
    author,
    body: comment.body,
    renderedBody: rendered ? adfToHtml(comment.body) : undefined,
    updateAuthor: author,
    created: jiraDateTime(comment.created),
    updated: jiraDateTime(comment.updated),
    jsdPublic: true,
  };
}

/**
 * Real Jira sends `null` for empty from/to values; the published schema types them as plain
 * strings, so REST answers leave empty ones out (events keep the nulls, as Forge delivers them).
 */
export function changelogItemJson(item: ChangelogItem): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(item)) if (value !== null) result[name] = String(value);
  return result;
}

export function changelogJson(site: Site, history: ChangelogRecord): Record<string, unknown> {
  return {
    id: String(history.id),
    author: userDetailsJson(site, history.author) ?? undefined,
    created: jiraDateTime(history.created),
    items: history.items.map(changelogItemJson),
  };
}
