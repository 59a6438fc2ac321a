import { kvs, Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';
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

/** The custom entity declared in manifest.yml (app.storage.entities); see README.md beside this file. */
const ENTITY = 'accord-record';
const INDEX = 'by-kind-scope';
/** Forge answers at most 100 a query page; 50 keeps each page well inside a resolver's time. */
const PAGE_SIZE = 50;

interface Row {
  kind: string;
  scope: string;
  version: number;
  updatedAt: number;
  data: unknown;
}

function storageKey(key: RecordKey<unknown>): string {
  return `${key.kind.name}:${key.id}`;
}

/** Forge reports a failed transaction condition with an error whose code names the conflict. */
function isConditionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /CONDITION|CONFLICT|KEY_ALREADY_EXISTS|EXISTS/i.test(code);
}

function versioned<T>(kind: RecordKind<T>, id: string, row: Row): Versioned<T> {
  if (typeof row.version !== 'number' || typeof row.updatedAt !== 'number') {
    throw new UnreadableRecordError(kind.name, id, Number(row.version) || 0, 'the row has no version or update time');
  }
  return { value: kind.decode(row.data, { id, version: row.version }), version: row.version, updatedAt: row.updatedAt };
}

/** Every record kind in one Forge custom entity, one row per record, keyed `<kind>:<id>`. */
export function createKvsRecordStore(): RecordStore {
  const entity = () => kvs.entity<Row>(ENTITY);
  return {
    async load<T>(key: RecordKey<T>): Promise<Versioned<T> | undefined> {
      const row = await entity().get(storageKey(key));
      return row ? versioned(key.kind, key.id, row) : undefined;
    },

    async save<T>(key: RecordKey<T>, value: T, expectedVersion: number | null, now: number): Promise<SaveResult> {
      const nextVersion = (expectedVersion ?? 0) + 1;
      const row: Row = { kind: key.kind.name, scope: key.scope, version: nextVersion, updatedAt: now, data: key.kind.encode(value) };
      try {
        if (expectedVersion === null) {
          await entity().set(storageKey(key), row, { keyPolicy: 'FAIL_IF_EXISTS' });
        } else {
          await kvs
            .transact()
            .set(storageKey(key), row, {
              entityName: ENTITY,
              conditions: new Filter<Row>().and('version', FilterConditions.equalTo(expectedVersion)),
            })
            .execute();
        }
        return { ok: true, version: nextVersion };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const current = await entity().get(storageKey(key));
        return { ok: false, reason: 'conflict', currentVersion: current?.version ?? null };
      }
    },

    async saveAll(writes: readonly RecordWrite[], now: number): Promise<SaveAllResult> {
      if (writes.length === 0) return { ok: true, versions: [] };
      if (writes.length > MAX_WRITES_TOGETHER) throw new Error(`At most ${MAX_WRITES_TOGETHER} records can be written together; asked for ${writes.length}`);
      let transaction = kvs.transact();
      for (const w of writes) {
        const row: Row = { kind: w.key.kind.name, scope: w.key.scope, version: (w.expectedVersion ?? 0) + 1, updatedAt: now, data: w.encoded };
        const condition = w.expectedVersion === null ? FilterConditions.notExists() : FilterConditions.equalTo(w.expectedVersion);
        transaction = transaction.set(storageKey(w.key), row, { entityName: ENTITY, conditions: new Filter<Row>().and('version', condition) });
      }
      try {
        await transaction.execute();
      } catch (error) {
        if (isConditionFailure(error)) return { ok: false, reason: 'conflict' };
        throw error;
      }
      return { ok: true, versions: writes.map((w) => (w.expectedVersion ?? 0) + 1) };
    },

    async remove<T>(key: RecordKey<T>): Promise<void> {
      await entity().delete(storageKey(key));
    },

    async list<T>(kind: RecordKind<T>, scope: string, cursor?: string): Promise<RecordPage<T>> {
      let query = entity()
        .query()
        .index(INDEX, { partition: [kind.name, scope] })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.DESC)
        .limit(PAGE_SIZE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      const result: RecordPage<T> = { records: [], unreadable: [], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      for (const r of page.results) {
        const id = r.key.slice(kind.name.length + 1);
        try {
          result.records.push({ id, record: versioned(kind, id, r.value) });
        } catch (error) {
          if (!(error instanceof UnreadableRecordError)) throw error;
          console.warn(error.message);
          result.unreadable.push(error);
        }
      }
      return result;
    },
  };
}
