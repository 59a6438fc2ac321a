/**
 * Authoritative records (criteria and sign-off, settings, scan state) are versioned: a write names the
 * version it read, and fails with a conflict when someone else wrote in between. Nothing is lost silently.
 */
export interface Versioned<T> {
  value: T;
  version: number;
  updatedAt: number;
}

export type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict'; currentVersion: number | null };

export type RecordKind = 'issue' | 'settings' | 'scan' | 'readiness' | 'fields';

export interface RecordKey {
  kind: RecordKind;
  /** The record's own id (issue id, project id). */
  id: string;
  /** What it belongs to (the project id), for listing a project's records. */
  scope: string;
}

export interface RecordStore {
  load<T>(key: RecordKey): Promise<Versioned<T> | undefined>;
  /** expectedVersion null: the record must not exist yet. */
  save<T>(key: RecordKey, value: T, expectedVersion: number | null, now: number): Promise<SaveResult>;
  remove(key: RecordKey): Promise<void>;
  /** Records of one kind in one scope, most recently updated first. */
  list<T>(kind: RecordKind, scope: string, cursor?: string): Promise<{ records: Array<{ id: string; record: Versioned<T> }>; nextCursor?: string }>;
}
