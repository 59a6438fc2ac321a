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
import { formatKilobytes, utf8Bytes } from '../domain/criteria/canonical-text';

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
  /** The value as it is stored; refuses (throws) a value the kind's schema does not accept, or one too large for a record. */
  encode(value: T): unknown;
  /** The stored form without the one-record size check, for a value kept in parts (src/app/snapshot/model-store.ts). */
  encodeAnySize(value: T): unknown;
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

/** Forge keeps at most 240 KiB in one value; the row around the value (kind, scope, version) needs a little. */
export const MAX_RECORD_BYTES = 240 * 1024 - 1024;

/** A value too large for one storage record: refused before writing, with the size, never cut. */
export class RecordTooLargeError extends Error {
  readonly kind: string;
  readonly bytes: number;
  constructor(kind: string, bytes: number) {
    super(`The ${kind} record would take ${formatKilobytes(bytes)}; Forge storage keeps at most ${formatKilobytes(MAX_RECORD_BYTES)} in one record.`);
    this.name = 'RecordTooLargeError';
    this.kind = kind;
    this.bytes = bytes;
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
      const stored = storedForm(schema, value, name);
      const bytes = utf8Bytes(JSON.stringify(stored) ?? '');
      if (bytes > MAX_RECORD_BYTES) throw new RecordTooLargeError(name, bytes);
      return stored;
    },
    encodeAnySize: (value) => storedForm(schema, value, name),
    key: (id, scope) => ({ kind, id, scope }),
  };
  return kind;
}

/**
 * The value as stored: a codec encodes it; a plain schema (whose transforms only narrow types, and so have no
 * way back) stores the value itself once the schema accepts it.
 */
function storedForm<T>(schema: z.ZodType<T>, value: T, name: string): unknown {
  try {
    const encoded = z.safeEncode(schema, value);
    if (encoded.success) return encoded.data;
    throw new Error(`Refusing to store a ${name} record that does not match its schema: ${z.prettifyError(encoded.error)}`);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ZodEncodeError') throw error;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Refusing to store a ${name} record that does not match its schema: ${z.prettifyError(parsed.error)}`);
  return value;
}

export interface RecordPage<T> {
  records: Array<{ id: string; record: Versioned<T> }>;
  /** Records of the page that did not parse (left out of `records`, kept in storage untouched). */
  unreadable: UnreadableRecordError[];
  nextCursor?: string;
}

/** One write of an all-or-nothing `saveAll`, its value already encoded by its kind (see `recordWrite`). */
export interface RecordWrite {
  readonly key: RecordKey<unknown>;
  readonly encoded: unknown;
  readonly expectedVersion: number | null;
}

/** Forge runs at most 25 operations in one transaction. */
export const MAX_WRITES_TOGETHER = 25;

/** A write for `saveAll`: the value is encoded (and checked) by its kind here, where its type is known. */
export function recordWrite<T>(key: RecordKey<T>, value: T, expectedVersion: number | null): RecordWrite {
  return { key: key as RecordKey<unknown>, encoded: key.kind.encode(value), expectedVersion };
}

export type SaveAllResult = { ok: true; versions: number[] } | { ok: false; reason: 'conflict' };

export interface RecordStore {
  /** Throws UnreadableRecordError when the stored value does not parse. */
  load<T>(key: RecordKey<T>): Promise<Versioned<T> | undefined>;
  /** expectedVersion null: the record must not exist yet. */
  save<T>(key: RecordKey<T>, value: T, expectedVersion: number | null, now: number): Promise<SaveResult>;
  /**
   * Several records written together or not at all (at most MAX_WRITES_TOGETHER): each names the version it
   * read, and one conflict writes none of them. For a record and its history page, an item and its register.
   */
  saveAll(writes: readonly RecordWrite[], now: number): Promise<SaveAllResult>;
  remove<T>(key: RecordKey<T>): Promise<void>;
  /** Records of one kind in one scope, most recently updated first, a page at a time. */
  list<T>(kind: RecordKind<T>, scope: string, cursor?: string): Promise<RecordPage<T>>;
}
