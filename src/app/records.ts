import type { RecordKey } from '../ports/store';

/** Where each authoritative record lives in the store. */
export const issueRecordKey = (issueId: string, projectId: string): RecordKey => ({ kind: 'issue', id: issueId, scope: projectId });
export const settingsKey = (projectId: string): RecordKey => ({ kind: 'settings', id: projectId, scope: projectId });
export const scanStateKey = (projectId: string): RecordKey => ({ kind: 'scan', id: projectId, scope: projectId });

/** The criteria texts of a stored issue record, whatever else the record holds. */
export function criteriaTexts(record: unknown): string[] {
  const list = (record as { criteria?: { criteria?: Array<{ text?: unknown }> } } | undefined)?.criteria?.criteria;
  if (!Array.isArray(list)) return [];
  return list.map((c) => c.text).filter((t): t is string => typeof t === 'string');
}
