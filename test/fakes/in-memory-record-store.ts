import { keyOf, MemoryRecordStore, type StoreOperation } from '../../src/adapters/store/memory-record-store';

/** The app's in-memory record store, with what tests need besides: its calls, and raw access to stored JSON. */
export class InMemoryRecordStore extends MemoryRecordStore {
  /** Every call, for tests that count storage traffic. */
  readonly calls: Array<{ op: StoreOperation; key: string }> = [];

  protected override observe(op: StoreOperation, key: string): void {
    this.calls.push({ op, key });
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

export { keyOf };
