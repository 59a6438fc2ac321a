/** Boards and sprints as the Jira Software API and the Sprint custom field show them. */
import type { BoardRecord, SprintRecord } from '../store';
import { jiraDateTime } from './format';
import type { Site } from './site';

export function sprintJson(site: Site, sprint: SprintRecord): Record<string, unknown> {
  return {
    id: sprint.id,
    self: `${site.baseUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
    startDate: jiraDateTime(sprint.startDate) ?? undefined,
    endDate: jiraDateTime(sprint.endDate) ?? undefined,
    completeDate: jiraDateTime(sprint.completeDate) ?? undefined,
    createdDate: jiraDateTime(sprint.createdDate),
    originBoardId: sprint.boardId,
    goal: sprint.goal,
  };
}

/** The Sprint field's element shape (customfield_10020). */
export function sprintFieldJson(sprint: SprintRecord): Record<string, unknown> {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    boardId: sprint.boardId,
    goal: sprint.goal,
    startDate: sprint.startDate ?? undefined,
    endDate: sprint.endDate ?? undefined,
    completeDate: sprint.completeDate ?? undefined,
  };
}

export function boardJson(site: Site, board: BoardRecord): Record<string, unknown> {
  const project = site.store.directory.project(board.projectId);
  return {
    id: board.id,
    self: `${site.baseUrl}/rest/agile/1.0/board/${board.id}`,
    name: board.name,
    type: board.type,
    location: project
      ? {
          projectId: project.id,
          displayName: `${project.name} (${project.key})`,
          projectName: project.name,
          projectKey: project.key,
          projectTypeKey: 'software',
          name: `${project.name} (${project.key})`,
        }
      : undefined,
  };
}
