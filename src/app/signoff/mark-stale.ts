import { withCurrentContent } from '../../domain/issue-record';
import { SIGNOFF_PROPERTY_KEY, signoffMirror } from '../../domain/signoff';
import type { AppDeps } from '../app-deps';
import { unreadyNotices } from '../readiness/notify-unready';
import { loadIssueRecord, removeIssueRecord, storeIssueRecord } from './issue-record';

const ATTEMPTS = 3;

/**
 * The description changed (issue-updated trigger): an approval of other content becomes stale, and the
 * mirror says so. Retries when a panel action wrote in between (the conditional write refuses to overwrite it).
 */
export async function markStaleIfChanged(deps: AppDeps, issueId: string, editor: string | null): Promise<'stale' | 'unchanged'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const issue = await deps.jira.getIssue(issueId, { fields: ['description', 'project'] });
    const projectId = issue.fields.project?.id ?? '';
    const { record, version } = await loadIssueRecord(deps.store, issue.id, projectId);
    if (version === null) return 'unchanged';
    const current = withCurrentContent(record, issue.fields.description ?? null, { at: new Date(deps.clock.now()).toISOString(), by: editor });
    if (!current.becameStale) return 'unchanged';
    const saved = await storeIssueRecord(deps.store, issue.id, projectId, current.record, version, deps.clock.now());
    if (!saved.ok) continue;
    await deps.jira.setIssueProperty(issue.id, SIGNOFF_PROPERTY_KEY, signoffMirror(current.record.signoff));
    return 'stale';
  }
  throw new Error(`Could not mark the sign-off of issue ${issueId} stale: it kept changing`);
}

/**
 * Removes everything Accord kept for a deleted issue (issue-deleted trigger): its record, its history pages and
 * the note of which sprints its people were told it was unready. What the project snapshot says about it goes
 * with the next snapshot.
 */
export async function forgetIssue(deps: Pick<AppDeps, 'store'>, issueId: string): Promise<void> {
  await removeIssueRecord(deps.store, issueId);
  await deps.store.remove(unreadyNotices.key(issueId, ''));
}
