import type { AppDeps } from '../app-deps';
import { keptCriteria } from '../signoff/criteria-by-issue';
import { loadSettings } from '../settings/load-settings';
import { DEFAULT_FIELD_IDS, siteFieldIds, type FieldIds } from '../site/field-ids';
import { READINESS_PROPERTY, readinessFields } from './jira-fields';
import type { ReadinessProperty } from './readiness-property';
import { checkIssue } from './check-issue';

/** Changelog fields (by id or name) whose change can change a readiness verdict, besides story points. */
const RELEVANT = new Set(['description', 'summary', 'issuetype', 'priority', 'Story point estimate', 'Story Points', 'Story points', 'Link', 'issuelinks']);

/** Whether a change can change the verdict; `ids` names this site's story-points field (by id). */
export function changesReadiness(items: ReadonlyArray<{ field?: string; fieldId?: string }>, ids: FieldIds = DEFAULT_FIELD_IDS): boolean {
  return items.some((i) => i.fieldId === ids.storyPoints || RELEVANT.has(i.fieldId ?? '') || RELEVANT.has(i.field ?? ''));
}

export type RecheckDeps = AppDeps;

/** Re-checks one ticket and writes its result when it changed; returns the result either way. */
export async function recheckIssue(deps: RecheckDeps, issueIdOrKey: string): Promise<{ property: ReadinessProperty; written: boolean }> {
  const ids = await siteFieldIds(deps.jira, deps.store, deps.clock.now());
  const issue = await deps.jira.getIssue(issueIdOrKey, { fields: [...readinessFields(ids), 'project'], properties: [READINESS_PROPERTY] });
  const projectId = issue.fields.project?.id ?? '';
  const [{ settings }, criteria] = await Promise.all([loadSettings(deps.store, projectId), keptCriteria(deps.store, issue.id, projectId)]);
  const { property, changed } = checkIssue(issue, criteria, settings.rubric, ids, deps.clock.now());
  if (!changed) return { property, written: false };
  await deps.jira.setIssueProperty(issue.id, READINESS_PROPERTY, property);
  return { property, written: true };
}
