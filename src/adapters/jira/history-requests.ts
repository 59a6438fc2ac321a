import { route } from '@forge/api';
import type { ChangelogEntry, JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { readJson } from './read-json';
import { bulkChangelogPageSchema } from './schemas';
import { SEND_JSON } from './transport';

/** Jira's limits for POST /changelog/bulkfetch (OpenAPI BulkChangelogRequestBean). */
export const CHANGELOG_ISSUES_LIMIT = 1000;
export const CHANGELOG_FIELDS_LIMIT = 10;
/** The largest page Jira allows: one request per 1,000 issues unless they hold more than this many changes. */
const PAGE_SIZE = 10_000;

type HistoryRequests = Pick<JiraPort, 'getChangelogs'>;

export function historyRequests({ requestJira }: ClientContext): HistoryRequests {
  return {
    async getChangelogs(issueIdsOrKeys, fieldIds) {
      if (issueIdsOrKeys.length === 0) return [];
      if (issueIdsOrKeys.length > CHANGELOG_ISSUES_LIMIT) throw new Error(`getChangelogs takes at most ${CHANGELOG_ISSUES_LIMIT} issues a call`);
      if (fieldIds.length > CHANGELOG_FIELDS_LIMIT) throw new Error(`getChangelogs takes at most ${CHANGELOG_FIELDS_LIMIT} fields`);
      const byIssue = new Map<string, ChangelogEntry[]>();
      let nextPageToken: string | undefined;
      do {
        const body = { issueIdsOrKeys, ...(fieldIds.length ? { fieldIds } : {}), maxResults: PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) };
        const response = await requestJira(route`/rest/api/3/changelog/bulkfetch`, { method: 'POST', headers: SEND_JSON, body: JSON.stringify(body) });
        const page = await readJson(response, bulkChangelogPageSchema, `get changelogs of ${issueIdsOrKeys.length} issues`);
        // An issue's histories may continue on the next page: append in order.
        for (const log of page.issueChangeLogs) byIssue.set(log.issueId, [...(byIssue.get(log.issueId) ?? []), ...log.changeHistories]);
        nextPageToken = page.nextPageToken ?? undefined;
      } while (nextPageToken);
      return [...byIssue.entries()].map(([issueId, histories]) => ({ issueId, histories }));
    },
  };
}
