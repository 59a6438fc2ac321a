import type { PersonView } from '../../contract/issue-panel';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from './raid-deps';

/** Enough for a picker's list; a person types more letters to find someone further down. */
export const MAX_PEOPLE_FOUND = 20;

/**
 * People an owner or a decider can be chosen from: those who can browse the project, whose name matches the
 * query, read as the user through Jira's own user search (someone who cannot browse the project is told so).
 * Jira searches only for some text: an empty query finds nobody, and the picker asks for a name.
 */
export async function findPeople(deps: ProjectPageDeps, target: ProjectTarget, query: string): Promise<PersonView[]> {
  await browsableProject(deps.userJira, target.project);
  if (query.trim() === '') return [];
  const users = await deps.userJira.findPeopleWhoCanBrowse(target.project.key, query.trim());
  return users
    .filter((user) => user.active !== false)
    .slice(0, MAX_PEOPLE_FOUND)
    .map((user) => ({ accountId: user.accountId, displayName: user.displayName ?? 'Unnamed user' }));
}
