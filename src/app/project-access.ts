import type { JiraPort, JiraProject } from '../ports/jira';
import { ContextMismatchError } from './context-mismatch';

/**
 * The project as the user sees it: someone who cannot browse it gets Jira's not-found (a page then says so),
 * and a context whose project id and key disagree is refused.
 */
export async function browsableProject(userJira: JiraPort, project: { id: string; key: string }): Promise<JiraProject> {
  const seen = await userJira.getProject(project.key);
  if (seen.id !== project.id) throw new ContextMismatchError(`project ${project.key} has id ${seen.id}, not ${project.id}`);
  return seen;
}
