import type { RecordKey, RecordStore } from '../../ports/store';
import { UnreadableRecordError } from '../../ports/store';

/**
 * Writes a read model only when its content differs from what is stored, so an unchanged project makes no
 * writes. A stored value that no longer reads (an older shape) is replaced. Answers whether it wrote.
 */
export async function writeIfChanged<T>(store: RecordStore, key: RecordKey<T>, value: T, now: number): Promise<boolean> {
  let version: number | null = null;
  try {
    const stored = await store.load(key);
    if (stored && JSON.stringify(key.kind.encode(stored.value)) === JSON.stringify(key.kind.encode(value))) return false;
    version = stored?.version ?? null;
  } catch (error) {
    if (!(error instanceof UnreadableRecordError)) throw error;
    version = error.version;
  }
  const saved = await store.save(key, value, version, now);
  if (!saved.ok) throw new Error(`Another snapshot run wrote ${key.kind.name} ${key.id} at the same time`);
  return true;
}
