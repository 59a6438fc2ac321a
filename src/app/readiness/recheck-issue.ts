import type { Clock } from '../../ports/clock';
import type { JiraPort } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { criteriaTexts, issueRecordKey } from '../records';
import { loadSettings } from '../settings/load-settings';
import { DEFAULT_FIELD_IDS, loadFieldIds, type FieldIds } from '../jira-field-ids';
import { READINESS_PROPERTY, readinessFields } from './jira-fields';
import type { ReadinessProperty } from './readiness-property';
import { checkIssue } from './check-issue';

/** Changelog fields (by id or name) whose change can change a readiness verdict, besides story points. */
const RELEVANT = new Set(['description', 'summary', 'issuetype', 'priority', 'Story point estimate', 'Story Points', 'Story points', 'Link', 'issuelinks']);

/** Whether a change can change the verdict; `ids` names this site's story-points field (by id). */
export function changesReadiness(items: ReadonlyArray<{ field?: string; fieldId?: string }>, ids: FieldIds = DEFAULT_FIELD_IDS): boolean {
  return items.some((i) => i.fieldId === ids.storyPoints || RELEVANT.has(i.fieldId ?? '') || RELEVANT.has(i.field ?? ''));
}

export interface RecheckDeps {
  jira: JiraPort;
  store: RecordStore;
  clock: Clock;
}

/** Re-checks one ticket and writes its result when it changed; returns the result either way. */
export async function recheckIssue(deps: RecheckDeps, issueIdOrKey: string): Promise<{ property: ReadinessProperty; written: boolean }> {
  const ids = await loadFieldIds(deps.jira, deps.store, deps.clock.now());
  const issue = await deps.jira.getIssue(issueIdOrKey, { fields: [...readinessFields(ids), 'project'], properties: [READINESS_PROPERTY] });
  const project = issue.fields.project as { id?: string } | undefined;
  const projectId = String(project?.id ?? '');
  const [{ settings }, record] = await Promise.all([loadSettings(deps.store, projectId), deps.store.load<unknown>(issueRecordKey(issue.id, projectId))]);
  const { property, changed } = checkIssue(issue, record ? criteriaTexts(record.value) : null, settings.rubric, ids, deps.clock.now());
  if (!changed) return { property, written: false };
  await deps.jira.setIssueProperty(issue.id, READINESS_PROPERTY, property);
  return { property, written: true };
}
