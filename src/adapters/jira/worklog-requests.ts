import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraPort, WorklogChanges } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { chunk } from './paging';
import { readJson } from './read-json';
import { changedWorklogsSchema, worklogSchema } from './schemas';
import { ACCEPT_JSON, SEND_JSON } from './transport';

/** /worklog/list takes at most 1,000 ids a request. */
const LIST_LIMIT = 1000;
/** A guard against a Jira answer that never says lastPage. */
const MAX_PAGES = 10_000;
const worklogsSchema = z.array(worklogSchema);
const issueWorklogPageSchema = z.looseObject({
  worklogs: z.array(worklogSchema).default([]),
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
  total: z.number().optional(),
});

type WorklogRequests = Pick<JiraPort, 'getChangedWorklogs' | 'getDeletedWorklogs' | 'getWorklogs' | 'getIssueWorklogs'>;

export function worklogRequests({ requestJira }: ClientContext): WorklogRequests {
  /** Follows /worklog/updated or /deleted page by page: each page's `until` is the next `since`. */
  const changes = async (which: 'updated' | 'deleted', sinceMs: number): Promise<WorklogChanges> => {
    const ids: number[] = [];
    let since = Math.max(0, Math.floor(sinceMs));
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const params = new URLSearchParams({ since: String(since) });
      const path = which === 'updated' ? route`/rest/api/3/worklog/updated?${params}` : route`/rest/api/3/worklog/deleted?${params}`;
      const answer = await readJson(await requestJira(path, { method: 'GET', headers: ACCEPT_JSON }), changedWorklogsSchema, `list worklogs ${which} since ${since}`);
      ids.push(...answer.values.map((v) => v.worklogId));
      const until = answer.until ?? since;
      if (answer.lastPage !== false || until <= since) return { ids: [...new Set(ids)], until };
      since = until;
    }
    throw new Error(`Jira kept paging worklogs ${which} past ${MAX_PAGES} pages`);
  };

  return {
    getChangedWorklogs: (sinceMs) => changes('updated', sinceMs),
    getDeletedWorklogs: (sinceMs) => changes('deleted', sinceMs),

    async getWorklogs(ids) {
      const all = [];
      for (const batch of chunk([...new Set(ids)], LIST_LIMIT)) {
        const response = await requestJira(route`/rest/api/3/worklog/list`, { method: 'POST', headers: SEND_JSON, body: JSON.stringify({ ids: batch }) });
        all.push(...(await readJson(response, worklogsSchema, `get ${batch.length} worklogs`)));
      }
      return all;
    },

    async getIssueWorklogs(issueIdOrKey) {
      const all = [];
      for (let startAt = 0; ; ) {
        const params = new URLSearchParams({ startAt: String(startAt), maxResults: '5000' });
        const response = await requestJira(route`/rest/api/3/issue/${issueIdOrKey}/worklog?${params}`, { method: 'GET', headers: ACCEPT_JSON });
        const page = await readJson(response, issueWorklogPageSchema, `get worklogs of ${issueIdOrKey}`);
        all.push(...page.worklogs);
        startAt += page.worklogs.length;
        if (page.worklogs.length === 0 || page.total === undefined || startAt >= page.total) return all;
      }
    },
  };
}
