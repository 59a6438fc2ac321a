import { criteriaTexts, type IssueRecord } from '../../domain/issue-record';
import { UnreadableRecordError, type RecordStore } from '../../ports/store';
import { issueRecords } from './issue-record';

/** The criteria Accord keeps for each issue of a project that has any, by issue id (for checks in bulk). */
export async function criteriaByIssue(store: RecordStore, projectId: string): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  let cursor: string | undefined;
  do {
    const page = await store.list(issueRecords, projectId, cursor);
    for (const { id, record } of page.records) {
      const texts = criteriaTexts(record.value);
      if (texts.length > 0) map.set(id, texts);
    }
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
