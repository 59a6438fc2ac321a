import { criteriaTexts, type IssueRecord } from '../../domain/issue-record';
import { UnreadableRecordError, type RecordStore } from '../../ports/store';
import { issueRecords } from './issue-record';

/** Every record Accord keeps for a project's issues, by issue id (for checks in bulk); unreadable ones are left out. */
export async function recordsByIssue(store: RecordStore, projectId: string): Promise<Map<string, IssueRecord>> {
  const map = new Map<string, IssueRecord>();
  let cursor: string | undefined;
  do {
    const page = await store.list(issueRecords, projectId, cursor);
    for (const { id, record } of page.records) map.set(id, record.value);
    for (const unreadable of page.unreadable) console.warn(unreadable.message);
    cursor = page.nextCursor;
  } while (cursor);
  return map;
}

/**
 * What Accord keeps for one issue, or null when it keeps nothing. For readers that summarise many issues
 * (the readiness check, the sprint overview): a record that cannot be read counts as none there (logged),
 * so the summary still answers; the issue's own panel names the problem.
 */
export async function storedIssueRecord(store: RecordStore, issueId: string, projectId: string): Promise<IssueRecord | null> {
  try {
    return (await store.load(issueRecords.key(issueId, projectId)))?.value ?? null;
  } catch (error) {
    if (!(error instanceof UnreadableRecordError)) throw error;
    console.warn(error.message);
    return null;
  }
}

/** The criteria Accord keeps for one issue, or null when it keeps none. */
export async function keptCriteria(store: RecordStore, issueId: string, projectId: string): Promise<string[] | null> {
  const record = await storedIssueRecord(store, issueId, projectId);
  return record ? criteriaTexts(record) : null;
}
