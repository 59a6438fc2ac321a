import { z } from 'zod';
import { recordKind, type RecordStore } from '../../ports/store';

/**
 * What a snapshot run collected so far, kept only when the run must continue in another invocation: its
 * JSON split into parts that each fit a storage value, and a head naming how many parts there are.
 */
const PART_BYTES = 150_000;

const scratchParts = recordKind<{ part: string }>('snapshot-scratch', z.object({ part: z.string() }));
const scratchHeads = recordKind<{ parts: number }>('snapshot-scratch-head', z.object({ parts: z.int().nonnegative() }));

const partKey = (projectId: string, scratchId: string, n: number) => scratchParts.key(`${projectId}:${scratchId}:${n}`, projectId);
const headKey = (projectId: string, scratchId: string) => scratchHeads.key(`${projectId}:${scratchId}`, projectId);

/** Splits text into pieces of at most `maxBytes` in UTF-8, never inside a character. */
export function splitByBytes(text: string, maxBytes = PART_BYTES): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i += 1;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

export async function saveScratch(store: RecordStore, projectId: string, scratchId: string, value: unknown, now: number): Promise<void> {
  const parts = splitByBytes(JSON.stringify(value));
  for (const [n, part] of parts.entries()) {
    const key = partKey(projectId, scratchId, n);
    const stored = await store.load(key).catch(() => undefined);
    const saved = await store.save(key, { part }, stored?.version ?? null, now);
    if (!saved.ok) throw new Error(`Another run is writing the snapshot of project ${projectId}`);
  }
  const head = await store.load(headKey(projectId, scratchId)).catch(() => undefined);
  const saved = await store.save(headKey(projectId, scratchId), { parts: parts.length }, head?.version ?? null, now);
  if (!saved.ok) throw new Error(`Another run is writing the snapshot of project ${projectId}`);
}

/** The kept value, or null when there is none (or a part is missing: the run then starts over). */
export async function loadScratch(store: RecordStore, projectId: string, scratchId: string): Promise<unknown> {
  const head = await store.load(headKey(projectId, scratchId));
  if (!head) return null;
  let json = '';
  for (let n = 0; n < head.value.parts; n += 1) {
    const part = await store.load(partKey(projectId, scratchId, n));
    if (!part) return null;
    json += part.value.part;
  }
  return JSON.parse(json) as unknown;
}

/**
 * Removes what every earlier run of the project kept: a run that a fresh one replaced never comes back for its
 * facts (issue summaries among them), so the run that finishes clears them all.
 */
export async function clearAllScratch(store: RecordStore, projectId: string): Promise<void> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(scratchHeads, projectId, cursor);
    ids.push(...page.records.map((r) => r.id.slice(projectId.length + 1)));
    cursor = page.nextCursor;
  } while (cursor);
  for (const id of ids) await clearScratch(store, projectId, id);
}

export async function clearScratch(store: RecordStore, projectId: string, scratchId: string): Promise<void> {
  const head = await store.load(headKey(projectId, scratchId)).catch(() => undefined);
  if (!head) return;
  for (let n = 0; n < head.value.parts; n += 1) await store.remove(partKey(projectId, scratchId, n));
  await store.remove(headKey(projectId, scratchId));
}
