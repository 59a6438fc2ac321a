import type { AppDeps } from '../app-deps';
import { criteriaTexts, withCurrentContent } from '../../domain/issue-record';
import { storedIssueRecord } from '../signoff/criteria-by-issue';
import { mirrorsToRepair, SIGNOFF_MIRROR_KEYS } from '../signoff/mirrors';
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

/**
 * Re-checks one ticket and writes its result when it changed; brings the sign-off mirrors in line too (a
 * forged or lost mirror is rewritten by the next check). Returns the result and what was written.
 */
export async function recheckIssue(deps: RecheckDeps, issueIdOrKey: string): Promise<{ property: ReadinessProperty; written: string[] }> {
  const ids = await siteFieldIds(deps.jira, deps.store, deps.clock.now());
  const issue = await deps.jira.getIssue(issueIdOrKey, { fields: [...readinessFields(ids), 'project'], properties: [READINESS_PROPERTY, ...SIGNOFF_MIRROR_KEYS] });
  const projectId = issue.fields.project?.id ?? '';
  const [{ settings }, record] = await Promise.all([loadSettings(deps.store, projectId), storedIssueRecord(deps.store, issue.id, projectId)]);
  const now = deps.clock.now();
  const { property, changed } = checkIssue(issue, record ? criteriaTexts(record) : null, settings.rubric, ids, now);
  const current = record ? withCurrentContent(record, issue.fields.description ?? null, { at: new Date(now).toISOString() }).record : null;
  const writes: Record<string, unknown> = { ...(changed ? { [READINESS_PROPERTY]: property } : {}), ...mirrorsToRepair(current, issue.properties ?? {}) };
  for (const [key, value] of Object.entries(writes)) await deps.jira.setIssueProperty(issue.id, key, value);
  return { property, written: Object.keys(writes) };
}
