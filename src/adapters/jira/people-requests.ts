import { route } from '@forge/api';
import type { JiraPort, JiraUser } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { chunk, collectOffsetPages } from './paging';
import { readJson } from './read-json';
import { myPermissionsSchema, offsetPageSchema, projectSchema, userSchema } from './schemas';
import { ACCEPT_JSON } from './transport';

const userPageSchema = offsetPageSchema(userSchema);
/** Account ids per /user/bulk request, to keep the URL well under gateway limits. */
const USERS_PER_REQUEST = 50;

type PeopleRequests = Pick<JiraPort, 'getMyPermissions' | 'getUsers' | 'getProject'>;

export function peopleRequests({ requestJira }: ClientContext): PeopleRequests {
  return {
    async getMyPermissions({ projectKey, issueKey, permissions }) {
      if (permissions.length === 0) throw new Error('getMyPermissions needs at least one permission key');
      const params = new URLSearchParams({ permissions: permissions.join(',') });
      if (projectKey) params.set('projectKey', projectKey);
      if (issueKey) params.set('issueKey', issueKey);
      const response = await requestJira(route`/rest/api/3/mypermissions?${params}`, {
        method: 'GET',
        headers: ACCEPT_JSON,
      });
      const granted = (await readJson(response, myPermissionsSchema, 'get my permissions')).permissions;
      // A key Jira does not know is simply absent from its answer: treat it as not held.
      return Object.fromEntries(permissions.map((key) => [key, granted[key]?.havePermission === true]));
    },

    async getUsers(accountIds) {
      const unique = [...new Set(accountIds)];
      const users: JiraUser[] = [];
      for (const ids of chunk(unique, USERS_PER_REQUEST)) {
        const page = await collectOffsetPages(async (startAt) => {
          const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(USERS_PER_REQUEST) });
          for (const id of ids) params.append('accountId', id);
          const response = await requestJira(route`/rest/api/3/user/bulk?${params}`, {
            method: 'GET',
            headers: ACCEPT_JSON,
          });
          return readJson(response, userPageSchema, 'get users');
        });
        users.push(...page);
      }
      return users;
    },

    async getProject(projectKey) {
      const response = await requestJira(route`/rest/api/3/project/${projectKey}`, {
        method: 'GET',
        headers: ACCEPT_JSON,
      });
      return readJson(response, projectSchema, `get project ${projectKey}`);
    },
  };
}
