import { z } from 'zod';
import { recordKind, type RecordStore } from '../../ports/store';
import { splitForStorage } from './storage-parts';

/**
 * What a snapshot run collected so far, kept only when the run must continue in another invocation: its
 * JSON split into parts that each fit a storage value, and a head naming how many parts there are.
 */
const scratchParts = recordKind<{ part: string }>('snapshot-scratch', z.object({ part: z.string() }));
const scratchHeads = recordKind<{ parts: number }>('snapshot-scratch-head', z.object({ parts: z.int().nonnegative() }));

const partKey = (projectId: string, scratchId: string, n: number) => scratchParts.key(`${projectId}:${scratchId}:${n}`, projectId);
const headKey = (projectId: string, scratchId: string) => scratchHeads.key(`${projectId}:${scratchId}`, projectId);

export async function saveScratch(store: RecordStore, projectId: string, scratchId: string, value: unknown, now: number): Promise<void> {
  const parts = splitForStorage(JSON.stringify(value));
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
