/** A RecordStore that counts what passes through it by record kind: the writes an unchanged project must not make. */
import type { RecordStore } from '../../src/ports/store';

export interface StoreTally {
  /** Records written (each write of a saveAll counted once), by kind; a write refused or thrown is not counted. */
  writes: Record<string, number>;
  removes: Record<string, number>;
  reads: number;
}

export interface CountingStore {
  store: RecordStore;
  tally(): StoreTally;
}

const add = (into: Record<string, number>, kind: string, n = 1) => void (into[kind] = (into[kind] ?? 0) + n);

export function countingStore(inner: RecordStore): CountingStore {
  const counts: StoreTally = { writes: {}, removes: {}, reads: 0 };
  const store: RecordStore = {
    async load(key) {
      counts.reads += 1;
      return inner.load(key);
    },
    async save(key, value, expectedVersion, now) {
      const saved = await inner.save(key, value, expectedVersion, now);
      if (saved.ok) add(counts.writes, key.kind.name);
      return saved;
    },
    async saveAll(writes, now) {
      const saved = await inner.saveAll(writes, now);
      if (saved.ok) for (const write of writes) add(counts.writes, write.key.kind.name);
      return saved;
    },
    async remove(key) {
      add(counts.removes, key.kind.name);
      return inner.remove(key);
    },
    async list(kind, scope, cursor) {
      counts.reads += 1;
      return inner.list(kind, scope, cursor);
    },
  };
  return { store, tally: () => ({ writes: { ...counts.writes }, removes: { ...counts.removes }, reads: counts.reads }) };
}

export const totalOf = (byKind: Record<string, number>) => Object.values(byKind).reduce((sum, n) => sum + n, 0);
