import type { JiraPort, JiraSprint } from '../../ports/jira';

/** The project's next future sprint (earliest start date; undated ones last), or null. */
export async function nextFutureSprint(jira: JiraPort, projectKey: string): Promise<JiraSprint | null> {
  const boards = await jira.getBoardsForProject(projectKey);
  const sprints: JiraSprint[] = [];
  for (const board of boards.filter((b) => b.type === 'scrum')) {
    sprints.push(...(await jira.getSprints(board.id, ['future'])));
  }
  const start = (s: JiraSprint) => (s.startDate ? Date.parse(s.startDate) : Number.POSITIVE_INFINITY);
  sprints.sort((a, b) => start(a) - start(b) || a.id - b.id);
  return sprints[0] ?? null;
}
