import { z } from 'zod';
import type { IssueRecord } from '../../domain/issue-record';
import { utf8Bytes } from '../../domain/criteria';
import type { SignoffEntry } from '../../domain/signoff';
import { recordKind, recordWrite, type RecordStore, type RecordWrite } from '../../ports/store';

/**
 * The sign-off history is append-only and has no end, while a Forge record holds at most 240 KiB: the issue
 * record keeps only its newest entries (enough to show the current decision and its feedback), and every older
 * entry moves, in the same all-or-nothing write, to numbered history pages of their own. So an issue can be
 * decided on a thousand times and still be approved.
 */
export const RECENT_ENTRIES = 2;
/** How many of the newest entries the panel shows at first; older ones load on request. */
export const HISTORY_SHOWN = 20;
/** A page is closed when the next entry would take it past this (a feedback is at most about 20 KB). */
const PAGE_BYTES = 180_000;

interface HistoryPage {
  entries: SignoffEntry[];
}

const entrySchema = z.object({
  decision: z.enum(['approved', 'changes_requested', 'stale']),
  by: z.string().nullable(),
  at: z.string(),
  feedback: z.string().optional(),
  hash: z.string(),
});

/** Page n of an issue's older sign-off entries (id `<issue id>:<n>`, scope the project). */
export const historyPages = recordKind<HistoryPage>('issue-history', z.object({ entries: z.array(entrySchema) }));

const pageKey = (issueId: string, projectId: string, n: number) => historyPages.key(`${issueId}:${n}`, projectId);

/** How many entries and pages an issue's archive holds (stored in the issue record). */
export interface HistoryArchive {
  entries: number;
  pages: number;
}

export const EMPTY_ARCHIVE: HistoryArchive = { entries: 0, pages: 0 };

/** The last page as stored (to append to), with its version. */
export async function loadLastPage(store: RecordStore, issueId: string, projectId: string, archive: HistoryArchive) {
  if (archive.pages === 0) return null;
  const stored = await store.load(pageKey(issueId, projectId, archive.pages - 1));
  return stored ? { entries: stored.value.entries, version: stored.version } : null;
}

const bytesOf = (entries: readonly SignoffEntry[]) => utf8Bytes(JSON.stringify(entries));

/**
 * The writes that keep a record small: everything but the newest RECENT_ENTRIES entries goes to the archive,
 * appended to the last page or to new ones. Returns the record to store (with its archive counts) and the
 * page writes to make with it.
 */
export function archiveOlderEntries(
  issueId: string,
  projectId: string,
  record: IssueRecord,
  archive: HistoryArchive,
  lastPage: { entries: SignoffEntry[]; version: number } | null,
): { record: IssueRecord; archive: HistoryArchive; writes: RecordWrite[] } {
  const history = record.signoff.history;
  if (history.length <= RECENT_ENTRIES) return { record, archive, writes: [] };
  const moving = history.slice(0, history.length - RECENT_ENTRIES);
  const writes: RecordWrite[] = [];
  let pages = archive.pages;
  let page: { entries: SignoffEntry[]; version: number | null } = lastPage ? { entries: [...lastPage.entries], version: lastPage.version } : { entries: [], version: null };
  if (pages === 0) pages = 1;
  for (const entry of moving) {
    if (page.entries.length > 0 && bytesOf([...page.entries, entry]) > PAGE_BYTES) {
      writes.push(recordWrite(pageKey(issueId, projectId, pages - 1), { entries: page.entries }, page.version));
      page = { entries: [], version: null };
      pages += 1;
    }
    page.entries.push(entry);
  }
  writes.push(recordWrite(pageKey(issueId, projectId, pages - 1), { entries: page.entries }, page.version));
  return {
    record: { ...record, signoff: { ...record.signoff, history: history.slice(-RECENT_ENTRIES) } },
    archive: { entries: archive.entries + moving.length, pages },
    writes,
  };
}

/** Older entries, newest page first: page 0 is the newest archive page. */
export async function olderEntries(store: RecordStore, issueId: string, projectId: string, archive: HistoryArchive, newestFirstPage: number): Promise<SignoffEntry[]> {
  const n = archive.pages - 1 - newestFirstPage;
  if (n < 0) return [];
  return (await store.load(pageKey(issueId, projectId, n)))?.value.entries ?? [];
}

/**
 * At least the newest `want` archived entries (oldest first): whole pages, read back from the newest as far as
 * needed, and how many pages that took (the next older page to offer is that number).
 */
export async function newestArchived(store: RecordStore, issueId: string, projectId: string, archive: HistoryArchive, want: number): Promise<{ entries: SignoffEntry[]; pagesRead: number }> {
  let entries: SignoffEntry[] = [];
  let pagesRead = 0;
  while (entries.length < want && pagesRead < archive.pages) {
    entries = [...(await olderEntries(store, issueId, projectId, archive, pagesRead)), ...entries];
    pagesRead += 1;
  }
  return { entries, pagesRead };
}

/** Every page's key, for forgetting an issue. */
export function pageKeys(issueId: string, projectId: string, archive: HistoryArchive) {
  return Array.from({ length: archive.pages }, (_, n) => pageKey(issueId, projectId, n));
}
