import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { readJson } from './read-json';
import { statusDetailsSchema, versionSchema } from './schemas';
import { ACCEPT_JSON } from './transport';

const versionsSchema = z.array(versionSchema);
const statusesSchema = z.array(statusDetailsSchema);

type ProjectRequests = Pick<JiraPort, 'listVersions' | 'listStatuses'>;

export function projectRequests({ requestJira }: ClientContext): ProjectRequests {
  return {
    async listVersions(projectKey) {
      const response = await requestJira(route`/rest/api/3/project/${projectKey}/versions`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, versionsSchema, `list versions of ${projectKey}`);
    },

    async listStatuses() {
      const response = await requestJira(route`/rest/api/3/status`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, statusesSchema, 'list statuses');
    },
  };
}
