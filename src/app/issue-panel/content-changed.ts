import { contentHash } from '../../domain/criteria';
import { contentChanged, effectiveSignoffState, SIGNOFF_PROPERTY_KEY, signoffMirror } from '../../domain/signoff';
import type { Clock } from '../../ports/clock';
import type { JiraPort } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { issueRecordKey } from '../records';
import { loadIssueRecord } from './issue-record';

export interface AppDeps {
  jira: JiraPort; // as the app: triggers and validators run without a user
  store: RecordStore;
  clock: Clock;
}

const ATTEMPTS = 3;

/**
 * The description changed: an approval of other content becomes stale, and the mirror says so. Retries when
 * a panel action wrote in between (the conditional write refuses to overwrite it).
 */
export async function markStaleIfChanged(deps: AppDeps, issueId: string, editor: string | null): Promise<'stale' | 'unchanged'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const issue = await deps.jira.getIssue(issueId, { fields: ['description', 'project'] });
    const projectId = String((issue.fields.project as { id?: string } | undefined)?.id ?? '');
    const { record, version } = await loadIssueRecord(deps.store, issue.id, projectId);
    if (version === null) return 'unchanged';
    const hash = contentHash({ criteria: record.criteria.criteria, description: issue.fields.description ?? null });
    const marked = contentChanged(record.signoff, { hash, at: new Date(deps.clock.now()).toISOString(), by: editor });
    if (!marked.ok || marked.value === record.signoff) return 'unchanged';
    const saved = await deps.store.save(issueRecordKey(issue.id, projectId), { ...record, signoff: marked.value }, version, deps.clock.now());
    if (!saved.ok) continue;
    await deps.jira.setIssueProperty(issue.id, SIGNOFF_PROPERTY_KEY, signoffMirror(marked.value));
    return 'stale';
  }
  throw new Error(`Could not mark the sign-off of issue ${issueId} stale: it kept changing`);
}

/** The workflow validator's question: is this issue approved, for its current content? */
export async function signoffVerdict(deps: AppDeps, issueKey: string): Promise<{ approved: boolean; state: string; projectKey: string }> {
  const issue = await deps.jira.getIssue(issueKey, { fields: ['description', 'project'] });
  const project = issue.fields.project as { id?: string; key?: string } | undefined;
  const { record, version } = await loadIssueRecord(deps.store, issue.id, String(project?.id ?? ''));
  if (version === null) return { approved: false, state: 'pending', projectKey: project?.key ?? '' };
  const hash = contentHash({ criteria: record.criteria.criteria, description: issue.fields.description ?? null });
  const state = effectiveSignoffState(record.signoff, hash);
  return { approved: state === 'approved', state, projectKey: project?.key ?? '' };
}

/** Removes everything Accord kept for a deleted issue. */
export async function forgetIssue(store: RecordStore, issueId: string): Promise<void> {
  await store.remove(issueRecordKey(issueId, ''));
}
