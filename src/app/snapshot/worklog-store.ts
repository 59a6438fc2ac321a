import { z } from 'zod';
import { recordKind, recordWrite, type RecordStore, type RecordWrite } from '../../ports/store';
import type { WorklogFact } from './facts';

/**
 * A project's worklogs, kept so that the snapshot reads only what changed since its watermark
 * (/worklog/updated and /deleted) instead of every worklog on every run. Spread over BUCKETS records by
 * worklog id, each a compact table: [id, issueId, author index, started (epoch s), seconds].
 */
export const BUCKETS = 16;
/** Keeps a bucket well inside Forge's 240 KiB per value. */
const MAX_BUCKET_BYTES = 200_000;

type Row = [id: string, issueId: string, author: number, startedS: number, seconds: number];

interface Bucket {
  authors: string[];
  rows: Row[];
}

const bucketSchema: z.ZodType<Bucket> = z.object({
  authors: z.array(z.string()),
  rows: z.array(z.tuple([z.string(), z.string(), z.int().nonnegative(), z.number(), z.number()])),
});

export const worklogBuckets = recordKind<Bucket>('worklogs', bucketSchema);

/** Where the change feeds continue from (epoch ms), per project; null before the first full read. */
export const worklogWatermarks = recordKind<{ watermark: number }>('worklog-sync', z.object({ watermark: z.number() }));

const bucketOf = (id: string) => Math.abs(Number.parseInt(id, 10) || hashOf(id)) % BUCKETS;

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

export interface StoredWorklogs {
  byId: Map<string, WorklogFact>;
  /** Version of each bucket as read (null: not stored yet). */
  versions: Array<number | null>;
  /** The rows as read, per bucket, to write only buckets that changed. */
  read: string[];
  watermark: { value: number; version: number } | null;
}

export async function loadWorklogs(store: RecordStore, projectId: string): Promise<StoredWorklogs> {
  const byId = new Map<string, WorklogFact>();
  const versions: Array<number | null> = Array.from({ length: BUCKETS }, () => null);
  const read: string[] = Array.from({ length: BUCKETS }, () => '');
  let cursor: string | undefined;
  do {
    const page = await store.list(worklogBuckets, projectId, cursor);
    for (const { id, record } of page.records) {
      const index = Number(id.split(':').at(-1));
      if (!Number.isInteger(index) || index < 0 || index >= BUCKETS) continue;
      versions[index] = record.version;
      read[index] = JSON.stringify(record.value);
      for (const [wid, issueId, author, startedS, seconds] of record.value.rows) {
        byId.set(wid, { id: wid, issueId, accountId: record.value.authors[author] ?? '', startedMs: startedS * 1000, seconds });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  const mark = await store.load(worklogWatermarks.key(projectId, projectId));
  return { byId, versions, read, watermark: mark ? { value: mark.value.watermark, version: mark.version } : null };
}

/** The writes that bring storage to `worklogs` and `watermark`: only buckets whose content changed. */
export function worklogWrites(projectId: string, stored: StoredWorklogs, worklogs: Iterable<WorklogFact>, watermark: number): RecordWrite[] {
  const buckets: Bucket[] = Array.from({ length: BUCKETS }, () => ({ authors: [], rows: [] }));
  const authorIndex: Array<Map<string, number>> = Array.from({ length: BUCKETS }, () => new Map());
  for (const w of [...worklogs].sort((a, b) => a.id.localeCompare(b.id))) {
    const b = bucketOf(w.id);
    const bucket = buckets[b]!;
    const index = authorIndex[b]!;
    if (!index.has(w.accountId)) {
      index.set(w.accountId, bucket.authors.length);
      bucket.authors.push(w.accountId);
    }
    bucket.rows.push([w.id, w.issueId, index.get(w.accountId)!, Math.round(w.startedMs / 1000), w.seconds]);
  }
  const writes: RecordWrite[] = [];
  buckets.forEach((bucket, b) => {
    const json = JSON.stringify(bucket);
    if (json === (stored.read[b] || JSON.stringify({ authors: [], rows: [] }))) return;
    if (Buffer.byteLength(json, 'utf8') > MAX_BUCKET_BYTES) {
      throw new Error(`This project has more worklogs than Accord can keep (bucket ${b} would be ${Buffer.byteLength(json, 'utf8')} bytes)`);
    }
    writes.push(recordWrite(worklogBuckets.key(`${projectId}:${b}`, projectId), bucket, stored.versions[b] ?? null));
  });
  if (stored.watermark?.value !== watermark) writes.push(recordWrite(worklogWatermarks.key(projectId, projectId), { watermark }, stored.watermark?.version ?? null));
  return writes;
}
