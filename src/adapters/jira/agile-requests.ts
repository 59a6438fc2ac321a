import { route } from '@forge/api';
import type { JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { collectOffsetPages } from './paging';
import { readJson } from './read-json';
import { boardConfigurationSchema, boardSchema, offsetPageSchema, sprintSchema } from './schemas';
import { ACCEPT_JSON } from './transport';

const boardPageSchema = offsetPageSchema(boardSchema);
const sprintPageSchema = offsetPageSchema(sprintSchema);
/** The agile API's largest page. */
const AGILE_PAGE_SIZE = '50';

type AgileRequests = Pick<JiraPort, 'getBoardsForProject' | 'getSprints' | 'getBoardConfiguration'>;

export function agileRequests({ requestJira }: ClientContext): AgileRequests {
  return {
    async getBoardsForProject(projectKey) {
      return collectOffsetPages(async (startAt) => {
        const params = new URLSearchParams({ projectKeyOrId: projectKey, startAt: String(startAt), maxResults: AGILE_PAGE_SIZE });
        const response = await requestJira(route`/rest/agile/1.0/board?${params}`, { method: 'GET', headers: ACCEPT_JSON });
        return readJson(response, boardPageSchema, `get boards of ${projectKey}`);
      });
    },

    async getSprints(boardId, states) {
      return collectOffsetPages(async (startAt) => {
        const params = new URLSearchParams({ startAt: String(startAt), maxResults: AGILE_PAGE_SIZE });
        if (states.length) params.set('state', states.join(','));
        const response = await requestJira(route`/rest/agile/1.0/board/${boardId}/sprint?${params}`, {
          method: 'GET',
          headers: ACCEPT_JSON,
        });
        return readJson(response, sprintPageSchema, `get sprints of board ${boardId}`);
      });
    },


    async getBoardConfiguration(boardId) {
      const response = await requestJira(route`/rest/agile/1.0/board/${boardId}/configuration`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, boardConfigurationSchema, `get configuration of board ${boardId}`);
    },
  };
}
