import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraPort } from '../../ports/jira';
import type { ClientContext } from './client-context';
import { collectOffsetPages } from './paging';
import { readJson } from './read-json';
import { fieldSchema, offsetPageSchema, projectSchema, userSchema } from './schemas';
import { ACCEPT_JSON } from './transport';

const projectPageSchema = offsetPageSchema(projectSchema);
/** /user/permission/search answers a bare array of users. */
const usersSchema = z.array(userSchema);
/** /field answers a bare array of every field, system and custom, unpaged. */
const fieldsSchema = z.array(fieldSchema);
const PAGE = 50;
/** Enough to name who can act; nobody reads a list longer than this in a message. */
const MAX_HOLDERS = 50;

type SiteRequests = Pick<JiraPort, 'listProjects' | 'getUsersWithPermission' | 'findPeopleWhoCanBrowse' | 'listFields'>;

export function siteRequests({ requestJira }: ClientContext): SiteRequests {
  return {
    async listProjects() {
      return collectOffsetPages(async (startAt) => {
        const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE) });
        const response = await requestJira(route`/rest/api/3/project/search?${params}`, { method: 'GET', headers: ACCEPT_JSON });
        return readJson(response, projectPageSchema, 'list projects');
      });
    },

    async getUsersWithPermission(projectKey, permission, query) {
      const params = new URLSearchParams({ projectKey, permissions: permission, maxResults: String(MAX_HOLDERS) });
      if (query !== undefined && query.trim() !== '') params.set('query', query.trim());
      const response = await requestJira(route`/rest/api/3/user/permission/search?${params}`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, usersSchema, `find users with ${permission} in ${projectKey}`);
    },

    async findPeopleWhoCanBrowse(projectKey, query) {
      const params = new URLSearchParams({ projectKey, query, maxResults: String(MAX_HOLDERS) });
      const response = await requestJira(route`/rest/api/3/user/viewissue/search?${params}`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, usersSchema, `find people who can browse ${projectKey}`);
    },

    async listFields() {
      const response = await requestJira(route`/rest/api/3/field`, { method: 'GET', headers: ACCEPT_JSON });
      return readJson(response, fieldsSchema, 'list fields');
    },
  };
}
