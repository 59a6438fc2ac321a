import type { JiraBoardConfiguration, JiraPort, JiraSprint } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { siteFieldIds } from '../site/field-ids';
import type { SprintFact, StatusCategoryKey, VersionFact } from './facts';
import { STATUS_CATEGORIES } from './facts';
import type { SnapshotFieldIds } from './issue-facts';

/** Jira's bulk changelog takes 1,000 issues a request. */
export const CHANGELOG_BATCH = 1000;

/** The project's shape, read once per snapshot: boards, sprints, versions, statuses, and how it estimates. */
export interface SnapshotSetup {
  fieldIds: SnapshotFieldIds;
  estimateMode: 'points' | 'issues';
  sprints: SprintFact[];
  versions: VersionFact[];
  /** Status id → category, for every status of the site. */
  statusCategories: Record<string, StatusCategoryKey>;
  /** Status id → name, for evidence ("Status: In Review"). */
  statusNames: Record<string, string>;
}

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN);
const orNull = (n: number) => (Number.isNaN(n) ? null : n);

function sprintFact(sprint: JiraSprint, boardId: number): SprintFact {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    startMs: orNull(ms(sprint.startDate)),
    endMs: orNull(ms(sprint.endDate)),
    completeMs: orNull(ms(sprint.completeDate)),
    boardId,
    goal: sprint.goal ?? null,
  };
}

/** The board's estimate: its estimation field, none (counting issues), or the site's story points field. */
function estimateOf(config: JiraBoardConfiguration | null, storyPoints: string): { field: string | null; mode: 'points' | 'issues' } {
  const estimation = config?.estimation;
  if (estimation?.type === 'field' && estimation.field?.fieldId) return { field: estimation.field.fieldId, mode: 'points' };
  if (estimation?.type === 'issueCount' || estimation?.type === 'none') return { field: null, mode: 'issues' };
  return { field: storyPoints, mode: 'points' };
}

export async function readSetup(jira: JiraPort, store: RecordStore, projectKey: string, now: number): Promise<SnapshotSetup> {
  const [ids, boards, versions, statuses] = await Promise.all([
    siteFieldIds(jira, store, now),
    jira.getBoardsForProject(projectKey),
    jira.listVersions(projectKey),
    jira.listStatuses(),
  ]);
  const scrum = boards.filter((b) => b.type === 'scrum');
  const sprints = new Map<number, SprintFact>();
  for (const board of scrum) {
    for (const s of await jira.getSprints(board.id, ['active', 'closed', 'future'])) if (!sprints.has(s.id)) sprints.set(s.id, sprintFact(s, board.id));
  }
  // The first scrum board says how the team estimates (Jira's sprint report reads the same).
  const config = scrum[0] ? await jira.getBoardConfiguration(scrum[0].id) : null;
  const estimate = estimateOf(config, ids.storyPoints);
  return {
    fieldIds: { sprint: ids.sprint, estimate: estimate.field },
    estimateMode: estimate.mode,
    sprints: [...sprints.values()].sort((a, b) => (a.startMs ?? Infinity) - (b.startMs ?? Infinity) || a.id - b.id),
    versions: versions.map((v) => ({
      id: v.id,
      name: v.name,
      released: v.released === true,
      archived: v.archived === true,
      startDate: v.startDate ?? null,
      releaseDate: v.releaseDate ?? null,
    })),
    statusCategories: Object.fromEntries(statuses.map((s) => [s.id, STATUS_CATEGORIES.find((c) => c === s.statusCategory?.key) ?? 'undefined'])),
    statusNames: Object.fromEntries(statuses.map((s) => [s.id, s.name])),
  };
}
