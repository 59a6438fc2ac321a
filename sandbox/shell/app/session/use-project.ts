/** The project behind a project key, as the selected user sees it (null when they cannot browse it). */
import { listProjects } from '../api/jira-api';
import type { JiraProject } from '../api/jira-types';
import { useSession } from './session';
import { useAsync, type AsyncState } from './use-async';

export function useProject(projectKey: string): AsyncState<JiraProject | null> {
  const { accountId } = useSession();
  return useAsync(async () => (await listProjects()).find((project) => project.key === projectKey) ?? null, [projectKey, accountId]);
}
