import {
  MAX_WRITES_TOGETHER,
  UnreadableRecordError,
  type RecordKey,
  type RecordKind,
  type RecordPage,
  type RecordStore,
  type RecordWrite,
  type SaveAllResult,
  type SaveResult,
  type Versioned,
} from '../../ports/store';

export interface Row {
  kind: string;
  scope: string;
  version: number;
  updatedAt: number;
  /** Stored as JSON text, as KVS keeps it: nothing shares object identity with what was saved. */
  json: string;
}

export type StoreOperation = 'load' | 'save' | 'saveAll' | 'remove' | 'list';

/**
 * The record store in memory, with the same rules as the KVS adapter: values go through their kind's codec
 * both ways, writes are conditional on the version, lists are per kind and scope, newest first, paged.
 * The command line runs the app's use cases on it (it has no access to the app's storage); tests extend it.
 */
export class MemoryRecordStore implements RecordStore {
  protected readonly rows = new Map<string, Row>();

  constructor(private readonly pageSize = 50) {}

  async load<T>(key: RecordKey<T>): Promise<Versioned<T> | undefined> {
    const storageKey = keyOf(key);
    this.observe('load', storageKey);
    const row = this.rows.get(storageKey);
    return row ? decoded(key.kind, key.id, row) : undefined;
  }

  async save<T>(key: RecordKey<T>, value: T, expectedVersion: number | null, now: number): Promise<SaveResult> {
    const storageKey = keyOf(key);
    this.observe('save', storageKey);
    const current = this.rows.get(storageKey);
    if ((current?.version ?? null) !== expectedVersion) return { ok: false, reason: 'conflict', currentVersion: current?.version ?? null };
    const version = (expectedVersion ?? 0) + 1;
    this.rows.set(storageKey, { kind: key.kind.name, scope: key.scope, version, updatedAt: now, json: JSON.stringify(key.kind.encode(value)) });
    return { ok: true, version };
  }

  async saveAll(writes: readonly RecordWrite[], now: number): Promise<SaveAllResult> {
    this.observe('saveAll', writes.map((w) => keyOf(w.key)).join(','));
    if (writes.length > MAX_WRITES_TOGETHER) throw new Error(`At most ${MAX_WRITES_TOGETHER} records can be written together; asked for ${writes.length}`);
    if (new Set(writes.map((w) => keyOf(w.key))).size !== writes.length) throw new Error('Each record can be written once per saveAll');
    for (const w of writes) if ((this.rows.get(keyOf(w.key))?.version ?? null) !== w.expectedVersion) return { ok: false, reason: 'conflict' };
    for (const w of writes) {
      this.rows.set(keyOf(w.key), { kind: w.key.kind.name, scope: w.key.scope, version: (w.expectedVersion ?? 0) + 1, updatedAt: now, json: JSON.stringify(w.encoded) });
    }
    return { ok: true, versions: writes.map((w) => (w.expectedVersion ?? 0) + 1) };
  }

  async remove<T>(key: RecordKey<T>): Promise<void> {
    this.observe('remove', keyOf(key));
    this.rows.delete(keyOf(key));
  }

  async list<T>(kind: RecordKind<T>, scope: string, cursor?: string): Promise<RecordPage<T>> {
    this.observe('list', `${kind.name}:*@${scope}`);
    const matching = [...this.rows.entries()]
      .filter(([, row]) => row.kind === kind.name && row.scope === scope)
      .sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
    const start = cursor === undefined ? 0 : Number(cursor);
    const page: RecordPage<T> = { records: [], unreadable: [] };
    for (const [storageKey, row] of matching.slice(start, start + this.pageSize)) {
      const id = storageKey.slice(kind.name.length + 1);
      try {
        page.records.push({ id, record: decoded(kind, id, row) });
      } catch (error) {
        if (!(error instanceof UnreadableRecordError)) throw error;
        page.unreadable.push(error);
      }
    }
    if (start + this.pageSize < matching.length) page.nextCursor = String(start + this.pageSize);
    return page;
  }

  /** A hook for subclasses that count storage traffic. */
  protected observe(_op: StoreOperation, _key: string): void {}
}

export function keyOf(key: RecordKey<unknown>): string {
  return `${key.kind.name}:${key.id}`;
}

function decoded<T>(kind: RecordKind<T>, id: string, row: Row): Versioned<T> {
  return { value: kind.decode(JSON.parse(row.json), { id, version: row.version }), version: row.version, updatedAt: row.updatedAt };
}
