/**
 * A board's configuration as GET /rest/agile/1.0/board/{id}/configuration answers it (the agile OpenAPI
 * schema): one column per workflow status, the last one holding Done (Jira treats the last mapped column as
 * done), estimation by story points on scrum boards, ranking by the Rank field.
 */
import { STORY_POINTS_FIELD, FIELD_NAMES } from '../model/catalog';
import { STATUSES } from '../model/workflow';
import type { BoardRecord } from '../store';
import type { Site } from './site';

/** Jira Cloud's Rank field (customfield_10019). */
export const RANK_FIELD_ID = 10019;

/** Each board shows the issues of a saved filter; the sandbox gives board N the filter 10000 + N. */
export function boardFilterId(board: BoardRecord): string {
  return String(10000 + board.id);
}

/** What a new kanban board hides: work already released. */
export const KANBAN_SUB_QUERY = 'fixVersion in unreleasedVersions() OR fixVersion is EMPTY';

export function boardConfigurationJson(site: Site, board: BoardRecord): Record<string, unknown> {
  const scrum = board.type === 'scrum';
  return {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${site.baseUrl}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', projectKeyOrId: String(board.projectId) },
    filter: { id: boardFilterId(board), self: `${site.baseUrl}/rest/api/3/filter/${boardFilterId(board)}` },
    subQuery: scrum ? undefined : { query: KANBAN_SUB_QUERY },
    columnConfig: {
      columns: STATUSES.map((status) => ({ name: status.name, statuses: [{ id: status.id, self: `${site.baseUrl}/rest/api/3/status/${status.id}` }] })),
      constraintType: 'none',
    },
    estimation: scrum ? { type: 'field', field: { fieldId: STORY_POINTS_FIELD, displayName: FIELD_NAMES[STORY_POINTS_FIELD] ?? 'Story point estimate' } } : undefined,
    ranking: { rankCustomFieldId: RANK_FIELD_ID },
  };
}
