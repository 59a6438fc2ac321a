import { route } from '@forge/api';
import type { AdfDocument, ChangelogEntry, IssueQuery, IssueSearch, JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { collectOffsetPages } from './paging';
import { readJson } from './read-json';
import {
  approximateCountSchema,
  changelogEntrySchema,
  commentSchema,
  issueSchema,
  offsetPageSchema,
  searchPageSchema,
  transitionsSchema,
  worklogPageSchema,
} from './schemas';
import { ACCEPT_JSON, SEND_JSON } from './transport';

const changelogPageSchema = offsetPageSchema(changelogEntrySchema);
/** Jira's documented default page size for enhanced search. */
const DEFAULT_SEARCH_PAGE_SIZE = 50;

function issueQueryParams(query: IssueQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('fields', query.fields.length ? query.fields.join(',') : 'id');
  if (query.expand?.length) params.set('expand', query.expand.join(','));
  if (query.properties?.length) params.set('properties', query.properties.join(','));
  return params;
}

type IssueRequests = Pick<
  JiraPort,
  | 'getIssue'
  | 'searchIssues'
  | 'searchAllIssues'
  | 'countIssues'
  | 'addComment'
  | 'getIssueChangelog'
  | 'getIssueWorklogs'
  | 'getTransitions'
>;

export function issueRequests({ requestJira }: ClientContext): IssueRequests {
  const searchIssues: JiraPort['searchIssues'] = async (search) => {
    const body = {
      jql: search.jql,
      // Jira returns only ids when no fields are named; say so explicitly.
      fields: search.fields.length ? search.fields : ['id'],
      maxResults: search.pageSize ?? DEFAULT_SEARCH_PAGE_SIZE,
      ...(search.expand?.length ? { expand: search.expand.join(',') } : {}),
      ...(search.properties?.length ? { properties: search.properties } : {}),
      ...(search.nextPageToken ? { nextPageToken: search.nextPageToken } : {}),
    };
    const response = await requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      headers: SEND_JSON,
      body: JSON.stringify(body),
    });
    const page = await readJson(response, searchPageSchema, 'search issues');
    const nextPageToken = page.nextPageToken ?? undefined;
    return {
      issues: page.issues,
      isLast: page.isLast ?? nextPageToken === undefined,
      ...(nextPageToken ? { nextPageToken } : {}),
    };
  };

  async function* searchAllIssues(search: IssueSearch) {
    let nextPageToken: string | undefined;
    for (;;) {
      const page = await searchIssues({ ...search, ...(nextPageToken ? { nextPageToken } : {}) });
      yield page;
      // A page that claims more but gives no token would repeat the first page forever.
      if (page.isLast || !page.nextPageToken) return;
      nextPageToken = page.nextPageToken;
    }
  }

  return {
    async getIssue(keyOrId, query) {
      const response = await requestJira(route`/rest/api/3/issue/${keyOrId}?${issueQueryParams(query)}`, {
        method: 'GET',
        headers: ACCEPT_JSON,
      });
      return readJson(response, issueSchema, `get issue ${keyOrId}`);
    },

    searchIssues,
    searchAllIssues,

    async countIssues(jql) {
      const response = await requestJira(route`/rest/api/3/search/approximate-count`, {
        method: 'POST',
        headers: SEND_JSON,
        body: JSON.stringify({ jql }),
      });
      return (await readJson(response, approximateCountSchema, 'count issues')).count;
    },

    async addComment(issueKey, body: AdfDocument) {
      const response = await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
        method: 'POST',
        headers: SEND_JSON,
        body: JSON.stringify({ body }),
      });
      return readJson(response, commentSchema, `add comment to ${issueKey}`);
    },

    async getIssueChangelog(issueKey): Promise<ChangelogEntry[]> {
      return collectOffsetPages(async (startAt) => {
        const params = new URLSearchParams({ startAt: String(startAt), maxResults: '100' });
        const response = await requestJira(route`/rest/api/3/issue/${issueKey}/changelog?${params}`, {
          method: 'GET',
          headers: ACCEPT_JSON,
        });
        return readJson(response, changelogPageSchema, `get changelog of ${issueKey}`);
      });
    },

    async getIssueWorklogs(issueKey) {
      return collectOffsetPages(async (startAt) => {
        const params = new URLSearchParams({ startAt: String(startAt), maxResults: '1000' });
        const response = await requestJira(route`/rest/api/3/issue/${issueKey}/worklog?${params}`, {
          method: 'GET',
          headers: ACCEPT_JSON,
        });
        const page = await readJson(response, worklogPageSchema, `get worklogs of ${issueKey}`);
        return { values: page.worklogs, ...(page.total !== undefined ? { total: page.total } : {}) };
      });
    },

    async getTransitions(issueKey) {
      const response = await requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
        method: 'GET',
        headers: ACCEPT_JSON,
      });
      return (await readJson(response, transitionsSchema, `get transitions of ${issueKey}`)).transitions;
    },
  };
}
