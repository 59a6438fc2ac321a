import { UnreadableRecordError, type RecordKey, type RecordKind, type RecordPage, type RecordStore, type SaveResult, type Versioned } from '../../src/ports/store';

interface Row {
  kind: string;
  scope: string;
  version: number;
  updatedAt: number;
  /** Stored as JSON text, as KVS keeps it: nothing shares object identity with what was saved. */
  json: string;
}

/**
 * The record store in memory, with the same rules as the KVS adapter: values go through their kind's codec
 * both ways, writes are conditional on the version, lists are per kind and scope, newest first, paged.
 */
export class InMemoryRecordStore implements RecordStore {
  private readonly rows = new Map<string, Row>();
  /** Every call, for tests that count storage traffic. */
  readonly calls: Array<{ op: 'load' | 'save' | 'remove' | 'list'; key: string }> = [];

  constructor(private readonly pageSize = 50) {}

  async load<T>(key: RecordKey<T>): Promise<Versioned<T> | undefined> {
    const storageKey = keyOf(key);
    this.calls.push({ op: 'load', key: storageKey });
    const row = this.rows.get(storageKey);
    return row ? decoded(key.kind, key.id, row) : undefined;
  }

  async save<T>(key: RecordKey<T>, value: T, expectedVersion: number | null, now: number): Promise<SaveResult> {
    const storageKey = keyOf(key);
    this.calls.push({ op: 'save', key: storageKey });
    const current = this.rows.get(storageKey);
    if ((current?.version ?? null) !== expectedVersion) return { ok: false, reason: 'conflict', currentVersion: current?.version ?? null };
    const version = (expectedVersion ?? 0) + 1;
    this.rows.set(storageKey, { kind: key.kind.name, scope: key.scope, version, updatedAt: now, json: JSON.stringify(key.kind.encode(value)) });
    return { ok: true, version };
  }

  async remove<T>(key: RecordKey<T>): Promise<void> {
    this.calls.push({ op: 'remove', key: keyOf(key) });
    this.rows.delete(keyOf(key));
  }

  async list<T>(kind: RecordKind<T>, scope: string, cursor?: string): Promise<RecordPage<T>> {
    this.calls.push({ op: 'list', key: `${kind.name}:*@${scope}` });
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

  /** Stores a value as it is, past the codec: what an older release, or a damaged write, left behind. */
  putRaw(kind: string, id: string, scope: string, value: unknown, version = 1, updatedAt = 0): void {
    this.rows.set(`${kind}:${id}`, { kind, scope, version, updatedAt, json: JSON.stringify(value) });
  }

  /** The stored JSON of a record, as the codec wrote it. */
  raw(kind: string, id: string): unknown {
    const row = this.rows.get(`${kind}:${id}`);
    return row ? (JSON.parse(row.json) as unknown) : undefined;
  }

  version(kind: string, id: string): number | null {
    return this.rows.get(`${kind}:${id}`)?.version ?? null;
  }
}

function keyOf(key: RecordKey<unknown>): string {
  return `${key.kind.name}:${key.id}`;
}

function decoded<T>(kind: RecordKind<T>, id: string, row: Row): Versioned<T> {
  return { value: kind.decode(JSON.parse(row.json), { id, version: row.version }), version: row.version, updatedAt: row.updatedAt };
}
