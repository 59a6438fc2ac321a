import type { AdfBlock } from '../domain/adf';
import type { TicketSnapshot } from '../domain/readiness';
import type { ParsedTicket } from './check-lines';

/**
 * Read tickets as the main thread sends them to a checking thread. A batch of 128 real descriptions holds
 * about 1,100 text blocks of eleven fields each; copied as objects, the 17,195 NeoDataset tickets took
 * 0.10 s to write on the main thread and 0.15 s to read on the worker, more than parsing their JSON. Here
 * each block's text is a string in one array (its prose too, where it differs) and its other fields are
 * numbers in one Int32Array, with the few distinct strings (kinds, lists, containers, languages) in a
 * table: 0.05 s to pack and write, 0.06 s to read and unpack.
 */
export interface PackedTickets {
  /** Each ticket's id and snapshot, `descriptionBlocks` replaced by how many blocks it has. */
  tickets: { id: string | number; snapshot: PackedSnapshot }[];
  /** text, then prose or null when it is the text, for each block in order. */
  texts: (string | null)[];
  /** FIELDS numbers for each block in order. */
  numbers: Int32Array<ArrayBuffer>;
  /** The strings the numbers stand for (-1 is null). */
  table: string[];
}

type PackedSnapshot = Omit<TicketSnapshot, 'descriptionBlocks'> & { descriptionBlocks?: number };

/** kind, headingLevel, list, listDepth, flags (1 itemStart, 2 allStrong), container, language, item. */
const FIELDS = 8;

export function packTickets(tickets: readonly ParsedTicket[]): PackedTickets {
  let blockCount = 0;
  for (const ticket of tickets) blockCount += ticket.snapshot.descriptionBlocks?.length ?? 0;
  const numbers = new Int32Array(blockCount * FIELDS);
  const texts: (string | null)[] = [];
  const table: string[] = [];
  const codes = new Map<string, number>();
  const code = (value: string | null): number => {
    if (value === null) return -1;
    let found = codes.get(value);
    if (found === undefined) {
      found = table.length;
      codes.set(value, found);
      table.push(value);
    }
    return found;
  };
  const packed: PackedTickets['tickets'] = [];
  let at = 0;
  for (const { id, snapshot } of tickets) {
    const blocks = snapshot.descriptionBlocks;
    // The same keys in the same order, the blocks' place taken by their number.
    packed.push({ id, snapshot: blocks === undefined ? (snapshot as PackedSnapshot) : { ...snapshot, descriptionBlocks: blocks.length } });
    for (const block of blocks ?? []) {
      numbers[at] = code(block.kind);
      numbers[at + 1] = block.headingLevel;
      numbers[at + 2] = code(block.list);
      numbers[at + 3] = block.listDepth;
      numbers[at + 4] = (block.itemStart ? 1 : 0) | (block.allStrong ? 2 : 0);
      numbers[at + 5] = code(block.container);
      numbers[at + 6] = code(block.language);
      numbers[at + 7] = block.item;
      at += FIELDS;
      texts.push(block.text, block.prose === block.text ? null : block.prose);
    }
  }
  return { tickets: packed, texts, numbers, table };
}

export function unpackTickets(packed: PackedTickets): ParsedTicket[] {
  const { numbers, texts, table } = packed;
  const name = (at: number): string => table[numbers[at]!]!;
  const orNull = (at: number): string | null => (numbers[at]! < 0 ? null : name(at));
  const tickets: ParsedTicket[] = [];
  let at = 0;
  let text = 0;
  for (const { id, snapshot: shell } of packed.tickets) {
    const count = shell.descriptionBlocks;
    if (count === undefined) {
      tickets.push({ id, snapshot: shell as TicketSnapshot });
      continue;
    }
    const blocks: AdfBlock[] = new Array<AdfBlock>(count);
    for (let i = 0; i < count; i++) {
      const own = texts[text]!;
      const prose = texts[text + 1] ?? own;
      text += 2;
      // The fields in markdownToBlocks' order.
      blocks[i] = {
        kind: name(at) as AdfBlock['kind'],
        text: own,
        prose,
        headingLevel: numbers[at + 1]!,
        list: orNull(at + 2) as AdfBlock['list'],
        listDepth: numbers[at + 3]!,
        itemStart: (numbers[at + 4]! & 1) !== 0,
        container: orNull(at + 5) as AdfBlock['container'],
        allStrong: (numbers[at + 4]! & 2) !== 0,
        language: name(at + 6),
        item: numbers[at + 7]!,
      };
      at += FIELDS;
    }
    const snapshot = shell as unknown as { descriptionBlocks: readonly AdfBlock[] } & TicketSnapshot;
    snapshot.descriptionBlocks = blocks;
    tickets.push({ id, snapshot });
  }
  return tickets;
}
