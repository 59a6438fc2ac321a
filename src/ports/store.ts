/**
 * Authoritative records (criteria and sign-off, settings, job state, ...) are versioned: a write names the
 * version it read, and fails with a conflict when someone else wrote in between. Nothing is lost silently.
 *
 * Each kind of record is declared once, with its runtime schema (a zod codec): the store decodes every
 * value it reads with it and encodes every value it writes, so a record that does not parse is reported
 * with a clear error instead of reaching a use case as the wrong shape. Adding a kind is one `recordKind`
 * call in the feature that owns it; see src/adapters/store/README.md for how kinds map to storage.
 */
import { z } from 'zod';

export interface Versioned<T> {
  value: T;
  version: number;
  updatedAt: number;
}

export type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict'; currentVersion: number | null };

/** Kind names become part of storage keys: lower-case words and dashes, never renamed once records exist. */
const KIND_NAME = /^[a-z][a-z0-9-]{0,39}$/u;

export interface RecordKind<T> {
  readonly name: string;
  /** Reads a stored value (or an older shape of it, when the codec migrates) into the current shape. */
  decode(stored: unknown, where: { id: string; version: number }): T;
  /** The value as it is stored; refuses (throws) a value the kind's schema does not accept. */
  encode(value: T): unknown;
  /** Where one record of this kind lives. */
  key(id: string, scope: string): RecordKey<T>;
}

export interface RecordKey<T> {
  kind: RecordKind<T>;
  /** The record's own id (issue id, project id). */
  id: string;
  /** What it belongs to (the project id), for listing a project's records of a kind. */
  scope: string;
}

/** A stored record that its kind's schema does not accept: reported, never passed on or overwritten blindly. */
export class UnreadableRecordError extends Error {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  constructor(kind: string, id: string, version: number, problem: string) {
    super(`The stored ${kind} record ${id} (version ${version}) could not be read: ${problem}`);
    this.name = 'UnreadableRecordError';
    this.kind = kind;
    this.id = id;
    this.version = version;
  }
}

/** Declares a kind of record with its schema; a `z.codec` can migrate older stored shapes on read. */
export function recordKind<T>(name: string, schema: z.ZodType<T>): RecordKind<T> {
  if (!KIND_NAME.test(name)) throw new Error(`Record kind names are lower-case words and dashes: ${JSON.stringify(name)}`);
  const kind: RecordKind<T> = {
    name,
    decode(stored, where) {
      const parsed = schema.safeParse(stored);
      if (!parsed.success) throw new UnreadableRecordError(name, where.id, where.version, z.prettifyError(parsed.error));
      return parsed.data;
    },
    encode(value) {
      const encoded = z.safeEncode(schema, value);
      if (!encoded.success) throw new Error(`Refusing to store a ${name} record that does not match its schema: ${z.prettifyError(encoded.error)}`);
      return encoded.data;
    },
    key: (id, scope) => ({ kind, id, scope }),
  };
  return kind;
}

export interface RecordPage<T> {
  records: Array<{ id: string; record: Versioned<T> }>;
  /** Records of the page that did not parse (left out of `records`, kept in storage untouched). */
  unreadable: UnreadableRecordError[];
  nextCursor?: string;
}

export interface RecordStore {
  /** Throws UnreadableRecordError when the stored value does not parse. */
  load<T>(key: RecordKey<T>): Promise<Versioned<T> | undefined>;
  /** expectedVersion null: the record must not exist yet. */
  save<T>(key: RecordKey<T>, value: T, expectedVersion: number | null, now: number): Promise<SaveResult>;
  remove<T>(key: RecordKey<T>): Promise<void>;
  /** Records of one kind in one scope, most recently updated first, a page at a time. */
  list<T>(kind: RecordKind<T>, scope: string, cursor?: string): Promise<RecordPage<T>>;
}
