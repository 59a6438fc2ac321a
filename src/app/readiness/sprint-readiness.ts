import type { SprintOption, SprintReadinessView } from '../../contract/sprint-readiness';
import { summarizeSprint, type TicketReadiness } from '../../domain/readiness-summary/summarize-sprint';
import { criteriaTexts, withCurrentContent } from '../../domain/issue-record';
import type { Clock } from '../../ports/clock';
import type { IssuePropertiesUpdate, JiraPort } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { browsableProject } from '../project-access';
import { storedIssueRecord } from '../signoff/criteria-by-issue';
import { mirrorsToRepair, SIGNOFF_MIRROR_KEYS } from '../signoff/mirrors';
import { loadSettings } from '../settings/load-settings';
import { siteFieldIds } from '../site/field-ids';
import { READINESS_PROPERTY, readinessFields } from './jira-fields';
import { checkIssue } from './check-issue';

/** A page must answer within Forge's 25 s: one view covers at most this many tickets. */
const MAX_TICKETS = 500;

export interface SprintReadinessDeps {
  userJira: JiraPort;
  appJira: JiraPort;
  store: RecordStore;
  clock: Clock;
}

export async function sprintOptions(jira: JiraPort, projectKey: string): Promise<SprintOption[]> {
  const boards = (await jira.getBoardsForProject(projectKey)).filter((b) => b.type === 'scrum');
  const seen = new Map<number, SprintOption>();
  for (const board of boards) {
    for (const s of await jira.getSprints(board.id, ['active', 'future'])) {
      seen.set(s.id, { id: s.id, name: s.name, state: s.state, startDate: s.startDate ?? null });
    }
  }
  const rank = (s: SprintOption) => (s.state === 'active' ? 0 : 1);
  const start = (s: SprintOption) => (s.startDate ? Date.parse(s.startDate) : Number.POSITIVE_INFINITY);
  return [...seen.values()].sort((a, b) => rank(a) - rank(b) || start(a) - start(b) || a.id - b.id);
}

/**
 * The readiness of one sprint's tickets, read as the user sees them. With `store`, results that changed are
 * written to the issue properties (as the app: mirrors are the app's bookkeeping).
 */
export async function sprintReadiness(
  deps: SprintReadinessDeps,
  project: { id: string; key: string },
  options: { sprintId?: number; store: boolean },
): Promise<SprintReadinessView> {
  // Reading the project as the user first: someone who cannot browse it gets Jira's not-found, not an empty page.
  const [sprints] = await Promise.all([sprintOptions(deps.userJira, project.key), browsableProject(deps.userJira, project)]);
  const sprint = options.sprintId !== undefined ? (sprints.find((s) => s.id === options.sprintId) ?? null) : (sprints.find((s) => s.state === 'future') ?? sprints[0] ?? null);
  const [{ settings }, ids] = await Promise.all([loadSettings(deps.store, project.id), siteFieldIds(deps.appJira, deps.store, deps.clock.now())]);
  const empty: SprintReadinessView = { sprint, sprints, summary: summarizeSprint([]), tickets: [], threshold: settings.rubric.threshold, written: options.store ? 0 : null, truncated: false };
  if (!sprint) return empty;

  const tickets: TicketReadiness[] = [];
  const updates: IssuePropertiesUpdate[] = [];
  let truncated = false;
  const search = deps.userJira.searchAllIssues({
    jql: `project = "${project.key.replace(/"/g, '')}" AND sprint = ${sprint.id} ORDER BY key ASC`,
    fields: readinessFields(ids),
    properties: [READINESS_PROPERTY, ...SIGNOFF_MIRROR_KEYS],
    pageSize: 100,
  });
  for await (const page of search) {
    const records = await Promise.all(page.issues.map((issue) => storedIssueRecord(deps.store, issue.id, project.id)));
    for (const [i, issue] of page.issues.entries()) {
      if (tickets.length >= MAX_TICKETS) {
        truncated = true;
        break;
      }
      const record = records[i] ?? null;
      const { result, property, changed } = checkIssue(issue, record ? criteriaTexts(record) : null, settings.rubric, ids, deps.clock.now());
      // From the record as of the current content, never from the issue property (anyone with Edit can write that).
      const current = record ? withCurrentContent(record, issue.fields.description ?? null, { at: new Date(deps.clock.now()).toISOString() }).record : null;
      const signoff = current?.signoff.state ?? null;
      tickets.push({
        key: issue.key,
        summary: issue.fields.summary ?? '',
        score: result.score,
        ready: result.ready,
        failedChecks: result.findings.map((f) => f.check),
        signoff,
      });
      if (options.store) {
        const writes = { ...(changed ? { [READINESS_PROPERTY]: property } : {}), ...mirrorsToRepair(current, issue.properties ?? {}) };
        if (Object.keys(writes).length > 0) updates.push({ issueId: issue.id, properties: writes });
      }
    }
    if (truncated) break;
  }
  if (updates.length > 0) await deps.appJira.setIssuePropertiesBulk(updates);
  return { ...empty, summary: summarizeSprint(tickets), tickets, written: options.store ? updates.length : null, truncated };
}
