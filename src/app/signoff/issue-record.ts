import { emptyIssueRecord, issueRecordSchema, type IssueRecord } from '../../domain/issue-record';
import { recordKind, recordWrite, type RecordStore, type SaveResult } from '../../ports/store';

/** A write's outcome, with the record as it was stored (its older history entries moved to pages). */
export type StoredRecord = (SaveResult & { ok: true; record: IssueRecord }) | (SaveResult & { ok: false });
import { archiveOlderEntries, EMPTY_ARCHIVE, loadLastPage, pageKeys, RECENT_ENTRIES } from './history';

/** One record per issue (id = issue id, scope = project id): its criteria and sign-off. */
export const issueRecords = recordKind<IssueRecord>('issue', issueRecordSchema);

/** The stored record, or an empty one (version null) for an issue Accord stores nothing for yet. */
export async function loadIssueRecord(store: RecordStore, issueId: string, projectId: string): Promise<{ record: IssueRecord; version: number | null }> {
  const stored = await store.load(issueRecords.key(issueId, projectId));
  return stored ? { record: stored.value, version: stored.version } : { record: emptyIssueRecord(), version: null };
}

/**
 * The one way an issue record is written: conditionally on the version read, with its older history
 * entries moved to history pages in the same all-or-nothing write. A conflict writes nothing.
 */
export async function storeIssueRecord(store: RecordStore, issueId: string, projectId: string, record: IssueRecord, expectedVersion: number | null, now: number): Promise<StoredRecord> {
  const key = issueRecords.key(issueId, projectId);
  if (record.signoff.history.length <= RECENT_ENTRIES) {
    const saved = await store.save(key, record, expectedVersion, now);
    return saved.ok ? { ...saved, record } : saved;
  }
  const archive = record.archived ?? EMPTY_ARCHIVE;
  const lastPage = await loadLastPage(store, issueId, projectId, archive);
  const moved = archiveOlderEntries(issueId, projectId, record, archive, lastPage);
  const stored: IssueRecord = { ...moved.record, archived: moved.archive };
  const saved = await store.saveAll([recordWrite(key, stored, expectedVersion), ...moved.writes], now);
  if (saved.ok) return { ok: true, version: saved.versions[0]!, record: stored };
  const current = await store.load(key).catch(() => undefined);
  return { ok: false, reason: 'conflict', currentVersion: current?.version ?? null };
}

/** Removes an issue's record and its history pages. */
export async function removeIssueRecord(store: RecordStore, issueId: string): Promise<void> {
  const key = issueRecords.key(issueId, '');
  const stored = await store.load(key).catch(() => undefined);
  for (const page of pageKeys(issueId, '', stored?.value.archived ?? EMPTY_ARCHIVE)) await store.remove(page);
  await store.remove(key);
}
