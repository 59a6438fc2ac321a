import { attr, children, hasMark, inlineText, MAX_ADF_DEPTH, nodeType, type AdfLike } from './adf-text';

/** A description read as a flat run of blocks: what the importer walks through. */
export type DescriptionBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly boldOnly: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'code'; readonly text: string; readonly language: string }
  | { readonly kind: 'other' };

// Containers whose content reads as if it stood at the top level.
const TRANSPARENT = new Set(['doc', 'panel', 'expand', 'nestedExpand', 'layoutSection', 'layoutColumn', 'blockquote', 'bodiedExtension']);
const LISTS = new Set(['bulletList', 'orderedList', 'taskList']);

export function descriptionBlocks(doc: unknown): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  const visit = (node: AdfLike, depth: number): void => {
    if (depth > MAX_ADF_DEPTH) return;
    const type = nodeType(node);
    if (TRANSPARENT.has(type)) {
      children(node).forEach((child) => visit(child, depth + 1));
    } else if (type === 'heading') {
      blocks.push({ kind: 'heading', level: headingLevel(node), text: inlineText(node) });
    } else if (type === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: inlineText(node), boldOnly: isBoldOnly(node) });
    } else if (LISTS.has(type)) {
      blocks.push({ kind: 'list', items: listItems(node) });
    } else if (type === 'codeBlock') {
      const language = attr(node, 'language');
      blocks.push({ kind: 'code', text: inlineText(node), language: typeof language === 'string' ? language.toLowerCase() : '' });
    } else {
      blocks.push({ kind: 'other' });
    }
  };
  if (typeof doc === 'object' && doc !== null) visit(doc, 0);
  return blocks;
}

function headingLevel(node: AdfLike): number {
  const level = attr(node, 'level');
  return typeof level === 'number' && level >= 1 && level <= 6 ? Math.floor(level) : 6;
}

// A paragraph that is nothing but bold text reads as a heading ("**Acceptance Criteria:**").
function isBoldOnly(node: AdfLike): boolean {
  const texts = children(node).filter((c) => nodeType(c) === 'text' && inlineText(c).trim() !== '');
  return texts.length > 0 && texts.every((c) => hasMark(c, 'strong'));
}

/**
 * One string per top-level item. Nested lists fold into their parent as indented sub-points
 * ("Parent\n- child\n  - grandchild"), because a sub-bullet usually qualifies its parent
 * rather than standing alone; an item with no text of its own lets its children stand alone.
 */
function listItems(list: AdfLike): string[] {
  const items: { own: string; sub: string[] }[] = [];
  for (const child of children(list)) {
    if (LISTS.has(nodeType(child))) {
      // ADF nests a task list as a sibling after the task item it belongs to.
      const points = subPoints(child, 0);
      const parent = items[items.length - 1];
      if (parent === undefined) items.push(...points.map((p) => ({ own: withoutMarker(p), sub: [] })));
      else parent.sub.push(...points);
      continue;
    }
    const { own, nested } = itemParts(child);
    items.push({ own, sub: nested.flatMap((l) => subPoints(l, 0)) });
  }
  return items.flatMap(({ own, sub }) => {
    if (own === '') return sub.map(withoutMarker).filter((s) => s !== '');
    return [[own, ...sub].join('\n')];
  });
}

function subPoints(list: AdfLike, depth: number): string[] {
  if (depth > MAX_ADF_DEPTH) return [];
  const indent = '  '.repeat(depth);
  const ordered = nodeType(list) === 'orderedList';
  const points: string[] = [];
  let n = 0;
  for (const child of children(list)) {
    if (LISTS.has(nodeType(child))) {
      points.push(...subPoints(child, depth + 1));
      continue;
    }
    const { own, nested } = itemParts(child);
    if (own !== '') {
      n += 1;
      points.push(`${indent}${ordered ? `${n}.` : '-'} ${own.replace(/\n/gu, ' ')}`);
    }
    points.push(...nested.flatMap((l) => subPoints(l, depth + 1)));
  }
  return points;
}

/** An item's own text (inline runs joined, blocks on separate lines) and its nested lists. */
function itemParts(item: AdfLike): { own: string; nested: AdfLike[] } {
  const nested: AdfLike[] = [];
  let own = '';
  let lastWasBlock = false;
  for (const child of children(item)) {
    const type = nodeType(child);
    if (LISTS.has(type)) {
      nested.push(child);
      continue;
    }
    const block = BLOCKS_IN_ITEMS.has(type);
    if (own !== '' && (block || lastWasBlock)) own += '\n';
    own += inlineText(child);
    lastWasBlock = block;
  }
  return { own: tidyLine(own), nested };
}

const BLOCKS_IN_ITEMS = new Set(['paragraph', 'heading', 'codeBlock', 'blockquote', 'panel', 'mediaSingle']);

function withoutMarker(point: string): string {
  return point.replace(/^\s*(?:- |\d+\. )/u, '').trim();
}

// Collapse spaces inside each line, keep line breaks, drop a typed "[ ]" / "[x]" checkbox.
function tidyLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .replace(/^\[[ xX]\]\s+/u, '');
}
