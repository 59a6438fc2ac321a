/**
 * SQLite persistence of the KVS emulator: one row per (namespace, key), values as JSON text. Namespaces:
 * `kv` (kvs.get/set), `secret` (kvs.getSecret/setSecret) and `entity:<name>` (kvs.entity(name)).
 * Expired rows (TTL) read as absent and are purged lazily.
 */
import type { Database } from 'better-sqlite3';

export interface KvsClock {
  now(): Date;
}

export interface StoredItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  /** Epoch milliseconds, or null when the item does not expire. */
  expireAt: number | null;
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

export const KV = 'kv';
export const SECRET = 'secret';
export const entityNamespace = (entityName: string): string => `entity:${entityName}`;

const toItem = (row: Row): StoredItem => ({
  key: row.key,
  value: JSON.parse(row.value) as unknown,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  expireAt: row.expire_at,
});

export class KvsStore {
  private readonly stmts;

  constructor(
    private readonly db: Database,
    private readonly clock: KvsClock = { now: () => new Date() },
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS kvs_items (
      namespace TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      expire_at INTEGER,
      PRIMARY KEY (namespace, key)
    ) WITHOUT ROWID`);
    this.stmts = {
      get: db.prepare<[string, string, number], Row>(
        'SELECT key, value, created_at, updated_at, expire_at FROM kvs_items WHERE namespace = ? AND key = ? AND (expire_at IS NULL OR expire_at > ?)',
      ),
      upsert: db.prepare(
        `INSERT INTO kvs_items (namespace, key, value, created_at, updated_at, expire_at) VALUES (@namespace, @key, @value, @now, @now, @expireAt)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, expire_at = excluded.expire_at,
           created_at = CASE WHEN kvs_items.expire_at IS NOT NULL AND kvs_items.expire_at <= excluded.updated_at THEN excluded.created_at ELSE kvs_items.created_at END`,
      ),
      delete: db.prepare('DELETE FROM kvs_items WHERE namespace = ? AND key = ?'),
      scan: db.prepare<[string, number, string, number, string, number], Row>(
        `SELECT key, value, created_at, updated_at, expire_at FROM kvs_items
         WHERE namespace = ? AND (expire_at IS NULL OR expire_at > ?) AND key > ? AND substr(key, 1, ?) = ?
         ORDER BY key LIMIT ?`,
      ),
      all: db.prepare<[string, number], Row>(
        'SELECT key, value, created_at, updated_at, expire_at FROM kvs_items WHERE namespace = ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key',
      ),
      purge: db.prepare('DELETE FROM kvs_items WHERE expire_at IS NOT NULL AND expire_at <= ?'),
      namespaces: db.prepare<[], { namespace: string }>('SELECT DISTINCT namespace FROM kvs_items ORDER BY namespace'),
    };
  }

  now(): number {
    return this.clock.now().getTime();
  }

  get(namespace: string, key: string): StoredItem | undefined {
    const row = this.stmts.get.get(namespace, key, this.now());
    return row ? toItem(row) : undefined;
  }

  /** Writes a value (JSON text already validated); returns the item as stored. */
  set(namespace: string, key: string, valueJson: string, ttlMs: number | undefined): StoredItem {
    const now = this.now();
    this.stmts.upsert.run({ namespace, key, value: valueJson, now, expireAt: ttlMs === undefined ? null : now + ttlMs });
    const stored = this.get(namespace, key);
    if (!stored) throw new Error(`KVS write of '${key}' did not persist`);
    return stored;
  }

  delete(namespace: string, key: string): boolean {
    return this.stmts.delete.run(namespace, key).changes > 0;
  }

  /** Keys in order, starting after `afterKey`, restricted to a prefix. */
  scan(namespace: string, prefix: string, afterKey: string, limit: number): StoredItem[] {
    return this.stmts.scan.all(namespace, this.now(), afterKey, prefix.length, prefix, limit).map(toItem);
  }

  all(namespace: string): StoredItem[] {
    return this.stmts.all.all(namespace, this.now()).map(toItem);
  }

  namespaces(): string[] {
    return this.stmts.namespaces.all().map((r) => r.namespace);
  }

  purgeExpired(): number {
    return this.stmts.purge.run(this.now()).changes;
  }

  /** Runs `fn` atomically: a throw rolls every write back. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
