import { z } from 'zod';
import { raidHistoryEntrySchema, raidItemSchema, RAID_KINDS, type RaidHistoryEntry, type RaidItem, type RaidKind } from '../../domain/raid';
import { recordKind } from '../../ports/store';

/** A RAID item as stored: the item, and where its history pages stand. */
export interface StoredRaidItem {
  item: RaidItem;
  history: { entries: number; pages: number };
}

/** The project's register: the next number of each kind (never given twice) and how many items there are. */
export interface RaidRegister {
  next: Record<RaidKind, number>;
  count: number;
}

export const raidItems = recordKind<StoredRaidItem>(
  'raid-item',
  z.object({ item: raidItemSchema as z.ZodType<RaidItem>, history: z.object({ entries: z.int().nonnegative(), pages: z.int().nonnegative() }) }),
);

export const raidRegisters = recordKind<RaidRegister>(
  'raid-register',
  z.object({ next: z.object(Object.fromEntries(RAID_KINDS.map((k) => [k, z.int().positive()])) as Record<RaidKind, z.ZodInt>), count: z.int().nonnegative() }),
);

/** A page of an item's history, oldest first (id `<project>:<item>:<n>`). */
export const raidHistoryPages = recordKind<{ entries: RaidHistoryEntry[] }>('raid-history', z.object({ entries: z.array(raidHistoryEntrySchema) }));

export const raidItemKey = (projectId: string, itemId: string) => raidItems.key(`${projectId}:${itemId}`, projectId);
export const raidRegisterKey = (projectId: string) => raidRegisters.key(projectId, projectId);
export const raidHistoryKey = (projectId: string, itemId: string, page: number) => raidHistoryPages.key(`${projectId}:${itemId}:${page}`, projectId);

export const EMPTY_REGISTER: RaidRegister = { next: { risk: 1, assumption: 1, issue: 1, decision: 1 }, count: 0 };
