import { emptyIssueRecord, issueRecordSchema, type IssueRecord } from '../../domain/issue-record';
import { recordKind, type RecordStore } from '../../ports/store';

/** One record per issue (id = issue id, scope = project id): its criteria and sign-off. */
export const issueRecords = recordKind<IssueRecord>('issue', issueRecordSchema);

/** The stored record, or an empty one (version null) for an issue Accord stores nothing for yet. */
export async function loadIssueRecord(store: RecordStore, issueId: string, projectId: string): Promise<{ record: IssueRecord; version: number | null }> {
  const stored = await store.load(issueRecords.key(issueId, projectId));
  return stored ? { record: stored.value, version: stored.version } : { record: emptyIssueRecord(), version: null };
}
