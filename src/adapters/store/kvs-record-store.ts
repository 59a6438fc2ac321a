import { kvs, Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';
import type { RecordKey, RecordKind, RecordStore, SaveResult, Versioned } from '../../ports/store';

/** The custom entity declared in manifest.yml (app.storage.entities). */
const ENTITY = 'accord-record';
const INDEX = 'by-kind-scope';

interface Row {
  kind: string;
  scope: string;
  version: number;
  updatedAt: number;
  data: unknown;
}

function storageKey(key: RecordKey): string {
  return `${key.kind}:${key.id}`;
}

/** Forge reports a failed transaction condition with an error whose code names the conflict. */
function isConditionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /CONDITION|CONFLICT|KEY_ALREADY_EXISTS|EXISTS/i.test(code);
}

export function createKvsRecordStore(): RecordStore {
  const entity = () => kvs.entity<Row>(ENTITY);
  return {
    async load<T>(key: RecordKey): Promise<Versioned<T> | undefined> {
      const row = await entity().get(storageKey(key));
      if (!row) return undefined;
      return { value: row.data as T, version: row.version, updatedAt: row.updatedAt };
    },

    async save<T>(key: RecordKey, value: T, expectedVersion: number | null, now: number): Promise<SaveResult> {
      const nextVersion = (expectedVersion ?? 0) + 1;
      const row: Row = { kind: key.kind, scope: key.scope, version: nextVersion, updatedAt: now, data: value };
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

    async remove(key: RecordKey): Promise<void> {
      await entity().delete(storageKey(key));
    },

    async list<T>(kind: RecordKind, scope: string, cursor?: string) {
      let query = entity()
        .query()
        .index(INDEX, { partition: [kind, scope] })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.DESC)
        .limit(50);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      return {
        records: page.results.map((r) => ({
          id: r.key.slice(kind.length + 1),
          record: { value: r.value.data as T, version: r.value.version, updatedAt: r.value.updatedAt },
        })),
        nextCursor: page.nextCursor,
      };
    },
  };
}
