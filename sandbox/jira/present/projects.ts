/** Projects as Jira's REST API shows them. */
import { ISSUE_TYPES } from '../model/catalog';
import { PROJECT_ROLES } from '../model/permission-scheme';
import type { ProjectRecord } from '../store';
import { avatarDataUri, avatarUrls } from './format';
import type { Site } from './site';
import { userDetailsJson } from './users';

export function issueTypeJson(site: Site, type: (typeof ISSUE_TYPES)[number]): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${site.baseUrl}/images/icons/issuetypes/${type.name.toLowerCase()}.svg`,
    name: type.name,
    subtask: false,
    hierarchyLevel: type.hierarchyLevel,
  };
}

/** The short form embedded in issues (fields.project). */
export function projectRefJson(site: Site, project: ProjectRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/project/${project.id}`,
    id: String(project.id),
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(avatarDataUri(project.name)),
  };
}

export function projectJson(site: Site, project: ProjectRecord): Record<string, unknown> {
  const lead = project.leadAccountId ? site.store.directory.user(project.leadAccountId) : undefined;
  const roles: Record<string, string> = {};
  for (const role of PROJECT_ROLES) roles[role.name] = `${site.baseUrl}/rest/api/3/project/${project.id}/role/${role.id}`;
  return {
    ...projectRefJson(site, project),
    description: project.description,
    lead: lead ? userDetailsJson(site, lead.accountId) : undefined,
    issueTypes: ISSUE_TYPES.map((type) => issueTypeJson(site, type)),
    assigneeType: 'UNASSIGNED',
    roles,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}
