import { emptyIssueCriteria, type IssueCriteria } from '../../domain/criteria';
import { pendingSignoff, type Signoff } from '../../domain/signoff';
import type { RecordStore, Versioned } from '../../ports/store';
import { issueRecordKey } from '../records';

/** The authoritative record of one issue: its acceptance criteria and its sign-off with history. */
export interface IssueRecord {
  criteria: IssueCriteria;
  signoff: Signoff;
}

export function emptyIssueRecord(): IssueRecord {
  return { criteria: emptyIssueCriteria(), signoff: pendingSignoff() };
}

export async function loadIssueRecord(store: RecordStore, issueId: string, projectId: string): Promise<{ record: IssueRecord; version: number | null }> {
  const stored: Versioned<IssueRecord> | undefined = await store.load<IssueRecord>(issueRecordKey(issueId, projectId));
  return stored ? { record: stored.value, version: stored.version } : { record: emptyIssueRecord(), version: null };
}
