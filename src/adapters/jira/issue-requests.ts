import { route } from '@forge/api';
import type { AdfDocument, IssueQuery, IssueSearch, JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { readJson } from './read-json';
import { z } from 'zod';
import { commentSchema, issueSchema, searchPageSchema } from './schemas';

const commentPageSchema = z.looseObject({ comments: z.array(commentSchema).default([]), total: z.number().optional() });
import { ACCEPT_JSON, SEND_JSON } from './transport';

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
  | 'addComment'
  | 'getRecentComments'
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

    async addComment(issueKey, body: AdfDocument) {
      const response = await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
        method: 'POST',
        headers: SEND_JSON,
        body: JSON.stringify({ body }),
      });
      return readJson(response, commentSchema, `add comment to ${issueKey}`);
    },

    async getRecentComments(issueKey, max) {
      const params = new URLSearchParams({ orderBy: '-created', startAt: '0', maxResults: String(Math.min(100, Math.max(1, max))) });
      const response = await requestJira(route`/rest/api/3/issue/${issueKey}/comment?${params}`, { method: 'GET', headers: ACCEPT_JSON });
      return (await readJson(response, commentPageSchema, `get comments of ${issueKey}`)).comments;
    },

  };
}
