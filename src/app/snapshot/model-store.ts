/**
 * Where the read models live. A model can outgrow one storage record (a sprint ledger of thousands of tickets, the
 * report's weeks of epics), so each is kept as a head record, holding the model's content hash and, when it fits,
 * its JSON text, and otherwise as parts of that text in records named by the hash (storage-parts.ts cuts them).
 * A write puts the parts first, then the head (version-checked), then removes the parts of the content before,
 * so a reader, who reads the head and the parts it names, never mixes two contents. An unchanged model is not
 * written at all: an unchanged project makes no writes.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { MAX_RECORD_BYTES, recordKind, UnreadableRecordError, type RecordKey, type RecordStore, type Versioned } from '../../ports/store';
import { utf8Bytes } from '../../domain/criteria/canonical-text';
import { splitForStorage } from './storage-parts';

interface ModelHead {
  /** sha256 of the model's stored JSON: what tells a changed model, and names its parts. */
  hash: string;
  /** The JSON itself when it fits in this record; otherwise how many parts hold it. */
  text?: string;
  parts: number;
}

const modelHeads = recordKind<ModelHead>('pm-model', z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/u), text: z.string().optional(), parts: z.int().min(0) }));
const modelParts = recordKind<{ text: string }>('pm-model-part', z.object({ text: z.string() }));

/** Room in the head for everything but the text (hash, part count, the row around it). */
const HEAD_TEXT_BYTES = MAX_RECORD_BYTES - 4_096;

const headKey = <T>(key: RecordKey<T>) => modelHeads.key(`${key.kind.name}:${key.id}`, key.scope);
const partKey = <T>(key: RecordKey<T>, hash: string, n: number) => modelParts.key(`${key.kind.name}:${key.id}:${hash.slice(0, 16)}:${n}`, key.scope);

/** JSON.stringify's text needs this many bytes as a stored JSON string at most (quotes and backslashes double). */
function storedTextBytes(text: string): number {
  return utf8Bytes(JSON.stringify(text));
}

/** The model, checked by its kind's schema, with the head's version; undefined before the first snapshot. */
export async function loadModel<T>(store: RecordStore, key: RecordKey<T>): Promise<Versioned<T> | undefined> {
  const head = await store.load(headKey(key));
  if (!head) return undefined;
  let text = head.value.text;
  if (text === undefined) {
    const parts = await Promise.all(Array.from({ length: head.value.parts }, (_, n) => store.load(partKey(key, head.value.hash, n))));
    if (parts.some((p) => p === undefined)) throw new UnreadableRecordError(key.kind.name, key.id, head.version, 'a part of the model is missing');
    text = parts.map((p) => p!.value.text).join('');
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    throw new UnreadableRecordError(key.kind.name, key.id, head.version, 'the kept text is not JSON');
  }
  return { value: key.kind.decode(stored, { id: key.id, version: head.version }), version: head.version, updatedAt: head.updatedAt };
}

/**
 * Keeps the model when its content differs from what is kept (a head that no longer reads is replaced);
 * answers whether it wrote. Throws when another run wrote the same model in between.
 */
export async function saveModel<T>(store: RecordStore, key: RecordKey<T>, value: T, now: number): Promise<boolean> {
  const text = JSON.stringify(key.kind.encodeAnySize(value));
  const hash = createHash('sha256').update(text).digest('hex');
  let head: Versioned<ModelHead> | undefined;
  let version: number | null = null;
  try {
    head = await store.load(headKey(key));
    if (head?.value.hash === hash) return false;
    version = head?.version ?? null;
  } catch (error) {
    if (!(error instanceof UnreadableRecordError)) throw error;
    version = error.version;
  }
  const inline = storedTextBytes(text) <= HEAD_TEXT_BYTES;
  const parts = inline ? [] : splitForStorage(text);
  for (const [n, part] of parts.entries()) {
    const saved = await store.save(partKey(key, hash, n), { text: part }, null, now);
    // The same content written by an earlier run that stopped before its head: its parts are this text already.
    if (!saved.ok && saved.currentVersion === null) throw new Error(`Could not keep part ${n} of the ${key.kind.name} model ${key.id}`);
  }
  const saved = await store.save(headKey(key), inline ? { hash, text, parts: 0 } : { hash, parts: parts.length }, version, now);
  if (!saved.ok) throw new Error(`Another snapshot run wrote the ${key.kind.name} model ${key.id} at the same time`);
  if (head && head.value.parts > 0) {
    for (let n = 0; n < head.value.parts; n += 1) await store.remove(partKey(key, head.value.hash, n));
  }
  return true;
}

/** Forgets a model and its parts (a deleted sprint's ledger, say). */
export async function removeModel<T>(store: RecordStore, key: RecordKey<T>): Promise<void> {
  const head = await store.load(headKey(key)).catch(() => undefined);
  if (!head) return;
  for (let n = 0; n < head.value.parts; n += 1) await store.remove(partKey(key, head.value.hash, n));
  await store.remove(headKey(key));
}
