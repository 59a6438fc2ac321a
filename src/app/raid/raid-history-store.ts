import { utf8Bytes } from '../../domain/criteria';
import type { RaidHistoryEntry } from '../../domain/raid';
import { recordWrite, type RecordStore, type RecordWrite } from '../../ports/store';
import { raidHistoryKey, type StoredRaidItem } from './raid-records';

/** A history page is closed when the next entry would take it past this (an entry is at most about 45 KB). */
const PAGE_BYTES = 180_000;

/**
 * The write that appends `entry` to an item's history: to its last page, or a new one when that is full.
 * Append-only: pages are only ever added to. Returns the item's new history counts with it.
 */
export async function appendHistory(
  store: RecordStore,
  projectId: string,
  itemId: string,
  history: StoredRaidItem['history'],
  entry: RaidHistoryEntry,
): Promise<{ write: RecordWrite; history: StoredRaidItem['history'] }> {
  if (history.pages > 0) {
    const last = await store.load(raidHistoryKey(projectId, itemId, history.pages - 1));
    if (last && utf8Bytes(JSON.stringify([...last.value.entries, entry])) <= PAGE_BYTES) {
      return {
        write: recordWrite(raidHistoryKey(projectId, itemId, history.pages - 1), { entries: [...last.value.entries, entry] }, last.version),
        history: { entries: history.entries + 1, pages: history.pages },
      };
    }
  }
  return {
    write: recordWrite(raidHistoryKey(projectId, itemId, history.pages), { entries: [entry] }, null),
    history: { entries: history.entries + 1, pages: history.pages + 1 },
  };
}

/** One history page, newest first: page 0 is the newest. */
export async function historyPage(store: RecordStore, projectId: string, itemId: string, history: StoredRaidItem['history'], page: number): Promise<RaidHistoryEntry[]> {
  const n = history.pages - 1 - page;
  if (n < 0) return [];
  return (await store.load(raidHistoryKey(projectId, itemId, n)))?.value.entries ?? [];
}
