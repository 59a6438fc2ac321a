import type { AdfNode } from './adf-types';
import { isNode, MAX_ADF_DEPTH } from './walk-adf';

export type AdfBlockKind = 'paragraph' | 'heading' | 'codeBlock' | 'taskItem' | 'decisionItem';
export type AdfListKind = 'bullet' | 'ordered' | 'task' | 'decision';
export type AdfContainerKind = 'blockquote' | 'table' | 'panel' | 'expand';

/**
 * One line-like unit of a document in reading order: a paragraph, heading, code block or task item,
 * with where it sits (list, quote, table). Checks work on this flat list instead of re-walking the tree.
 */
export interface AdfBlock {
  kind: AdfBlockKind;
  /** The block's text. Hard breaks are "\n"; mentions, emoji, status and cards become their text. */
  text: string;
  /** `text` with inline code replaced by a space: what prose checks read (code is not prose). */
  prose: string;
  /** 1..6 for headings, 0 otherwise. */
  headingLevel: number;
  /** The innermost list around the block, or null. */
  list: AdfListKind | null;
  /** How many lists enclose the block (0 outside lists). */
  listDepth: number;
  /** True for the first block of a list item (the item's own line, not a continuation paragraph). */
  itemStart: boolean;
  /** The innermost non-list container, or null. */
  container: AdfContainerKind | null;
  /** Every non-blank character is bold: authors use bold lines as headings. */
  allStrong: boolean;
  /** A code block's language in lower case ("gherkin"); '' when unset or not a code block. */
  language: string;
  /**
   * Which top-level list item the block belongs to (0, 1, 2... in document order), or -1 outside lists.
   * Blocks of nested lists carry their top-level item's number, so readers can fold sub-points into
   * their parent and tell an item without text of its own from the item before it.
   */
  item: number;
}

const LIST_KINDS: Record<string, AdfListKind> = {
  bulletList: 'bullet',
  orderedList: 'ordered',
  taskList: 'task',
  decisionList: 'decision',
};
const CONTAINERS: Record<string, AdfContainerKind> = {
  blockquote: 'blockquote',
  table: 'table',
  panel: 'panel',
  expand: 'expand',
  nestedExpand: 'expand',
};
const TEXT_BLOCKS: Record<string, AdfBlockKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  codeBlock: 'codeBlock',
  taskItem: 'taskItem',
  decisionItem: 'decisionItem',
};

/** Where a block sits while the document is walked; one object is shared (and updated) by the blocks of one list item. */
export interface BlockPosition {
  list: AdfListKind | null;
  listDepth: number;
  container: AdfContainerKind | null;
  itemStart: boolean;
  item: number;
}

/** One walk's output and the count of top-level list items seen so far. */
export interface BlockWalk {
  out: AdfBlock[];
  items: number;
}

/** Flattens an ADF document (or any node) into text blocks in reading order. Never throws. */
export function adfToBlocks(root: unknown): AdfBlock[] {
  const walk: BlockWalk = { out: [], items: 0 };
  if (isNode(root)) collect(root, { list: null, listDepth: 0, container: null, itemStart: false, item: -1 }, 0, walk);
  return walk.out;
}

/** Appends the blocks of `node` (at ADF depth `depth`); markdown-to-blocks.ts uses it for embedded ADF. */
export function collectBlocks(node: AdfNode, at: BlockPosition, depth: number, walk: BlockWalk): void {
  collect(node, at, depth, walk);
}

function collect(node: AdfNode, at: BlockPosition, depth: number, walk: BlockWalk): void {
  const kind = TEXT_BLOCKS[node.type];
  if (kind !== undefined) {
    walk.out.push(toBlock(node, kind, at));
    at.itemStart = false;
    // A task or decision item may hold nested lists after its inline text.
    if (kind !== 'taskItem' && kind !== 'decisionItem') return;
  }
  const children = node.content;
  if (!Array.isArray(children) || depth >= MAX_ADF_DEPTH) return;
  const listKind = LIST_KINDS[node.type];
  const container = CONTAINERS[node.type];
  let inner = at;
  if (listKind !== undefined) {
    inner = { list: listKind, listDepth: at.listDepth + 1, container: at.container, itemStart: false, item: at.item };
  } else if (container !== undefined) {
    inner = { list: at.list, listDepth: at.listDepth, container, itemStart: false, item: at.item };
  }
  for (const child of children) {
    if (!isNode(child)) continue;
    if (listKind !== undefined) {
      inner.itemStart = true; // each child of a list starts an item
      // ADF nests a task list as a sibling after the task item it belongs to: that is no new item.
      if (at.listDepth === 0 && LIST_KINDS[child.type] === undefined) inner.item = walk.items++;
    }
    collect(child, inner, depth + 1, walk);
  }
}

function toBlock(node: AdfNode, kind: AdfBlockKind, at: BlockPosition): AdfBlock {
  let text = '';
  let prose = '';
  let allStrong = true;
  let sawText = false;
  const children = Array.isArray(node.content) ? node.content : [];
  for (const child of children) {
    if (!isNode(child)) continue;
    const piece = inlineText(child);
    if (piece === '') continue;
    text += piece;
    const marks = Array.isArray(child.marks) ? child.marks : null;
    prose += marks !== null && hasMark(marks, 'code') ? ' ' : piece;
    if (child.type === 'text' && piece.trim() !== '') {
      sawText = true;
      if (marks === null || !hasMark(marks, 'strong')) allStrong = false;
    }
  }
  const level = kind === 'heading' ? Number(node.attrs?.['level']) : 0;
  const language = kind === 'codeBlock' ? attrText(node, 'language').toLowerCase() : '';
  return {
    kind,
    text,
    prose: kind === 'codeBlock' ? '' : prose,
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : kind === 'heading' ? 1 : 0,
    list: at.list,
    listDepth: at.listDepth,
    itemStart: at.itemStart,
    container: at.container,
    allStrong: sawText && allStrong,
    language,
    item: at.item,
  };
}

function hasMark(marks: readonly unknown[], type: string): boolean {
  for (const mark of marks) if (isNode(mark) && mark.type === type) return true;
  return false;
}

function attrText(node: AdfNode, key: string): string {
  const value = node.attrs?.[key];
  return typeof value === 'string' ? value : '';
}

function inlineText(node: AdfNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
    case 'status':
      return attrText(node, 'text');
    case 'emoji':
      return attrText(node, 'text') || attrText(node, 'shortName');
    case 'inlineCard':
      return attrText(node, 'url');
    case 'date':
      return dateText(node.attrs?.['timestamp']);
    case 'placeholder': {
      // An unfilled template slot: keep it visible as the "<...>" form the placeholder check knows.
      const hint = attrText(node, 'text');
      return hint === '' ? '' : `<${hint}>`;
    }
    default:
      return '';
  }
}

// ADF dates are UTC midnight in epoch milliseconds (as a string); shown as YYYY-MM-DD.
function dateText(timestamp: unknown): string {
  const ms = typeof timestamp === 'string' ? Number(timestamp) : typeof timestamp === 'number' ? timestamp : NaN;
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
