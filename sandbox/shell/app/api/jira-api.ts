/** The Jira REST calls the shell makes, named after what the user does. */
import type { AdfNode } from '../adf/adf-types';
import { requestJson } from './http';
import type { JiraBoard, JiraComment, JiraField, JiraIssue, JiraProject, JiraSprint, JiraTransition, SearchResult } from './jira-types';

const enc = encodeURIComponent;

export function searchIssues(jql: string, fields: string[], nextPageToken?: string, maxResults = 50): Promise<SearchResult> {
  return requestJson<SearchResult>('POST', '/rest/api/3/search/jql', { jql, fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) });
}

export function getIssue(key: string): Promise<JiraIssue & { renderedFields?: Record<string, unknown> }> {
  return requestJson('GET', `/rest/api/3/issue/${enc(key)}?expand=renderedFields,changelog`);
}

export function updateDescription(key: string, description: AdfNode): Promise<void> {
  return requestJson<void>('PUT', `/rest/api/3/issue/${enc(key)}`, { fields: { description } });
}

export async function getTransitions(key: string): Promise<JiraTransition[]> {
  const body = await requestJson<{ transitions?: JiraTransition[] }>('GET', `/rest/api/3/issue/${enc(key)}/transitions`);
  return body.transitions ?? [];
}

export function doTransition(key: string, transitionId: string): Promise<void> {
  return requestJson<void>('POST', `/rest/api/3/issue/${enc(key)}/transitions`, { transition: { id: transitionId } });
}

export async function getComments(key: string): Promise<JiraComment[]> {
  const body = await requestJson<{ comments?: JiraComment[] }>('GET', `/rest/api/3/issue/${enc(key)}/comment?orderBy=created`);
  return body.comments ?? [];
}

export async function listProjects(): Promise<JiraProject[]> {
  const body = await requestJson<{ values?: JiraProject[] }>('GET', '/rest/api/3/project/search?maxResults=50');
  return body.values ?? [];
}

export async function listBoards(projectKey: string): Promise<JiraBoard[]> {
  const body = await requestJson<{ values?: JiraBoard[] }>('GET', `/rest/agile/1.0/board?projectKeyOrId=${enc(projectKey)}`);
  return body.values ?? [];
}

export async function listSprints(boardId: number): Promise<JiraSprint[]> {
  const body = await requestJson<{ values?: JiraSprint[] }>('GET', `/rest/agile/1.0/board/${boardId}/sprint?state=active,future,closed`);
  return body.values ?? [];
}

export function listFields(): Promise<JiraField[]> {
  return requestJson<JiraField[]>('GET', '/rest/api/3/field');
}

/** Starts (`active`) or completes (`closed`) a sprint, as the board's sprint buttons do. */
export function setSprintState(sprintId: number, state: 'active' | 'closed'): Promise<JiraSprint> {
  return requestJson<JiraSprint>('POST', `/rest/agile/1.0/sprint/${sprintId}`, { state });
}

/** Moves issues into an open sprint (at most 50 a call, as the agile API allows). */
export async function moveToSprint(sprintId: number, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 50) {
    await requestJson<void>('POST', `/rest/agile/1.0/sprint/${sprintId}/issue`, { issues: keys.slice(i, i + 50) });
  }
}
