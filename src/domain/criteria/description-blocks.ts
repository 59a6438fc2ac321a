import { attr, children, hasMark, inlineText, nodeType, type AdfLike } from './adf-text';

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
  const visit = (node: AdfLike): void => {
    const type = nodeType(node);
    if (TRANSPARENT.has(type)) {
      children(node).forEach(visit);
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
  if (typeof doc === 'object' && doc !== null) visit(doc);
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
    const type = nodeType(child);
    if (type === 'listItem') {
      const own = children(child).filter((c) => !LISTS.has(nodeType(c))).map(blockText).join('\n');
      const sub = children(child).filter((c) => LISTS.has(nodeType(c))).flatMap((c) => subPoints(c, 0));
      items.push({ own, sub });
    } else if (type === 'taskItem' || type === 'blockTaskItem' || type === 'decisionItem') {
      items.push({ own: blockText(child), sub: [] });
    } else if (LISTS.has(type)) {
      // ADF nests a task list as a sibling after the task item it belongs to.
      const parent = items[items.length - 1];
      const points = subPoints(child, 0);
      if (parent === undefined) items.push(...points.map((p) => ({ own: p.replace(/^\s*(?:- |\d+\. )/u, ''), sub: [] })));
      else parent.sub.push(...points);
    }
  }
  return items.flatMap(({ own, sub }) => {
    const text = tidyLine(own);
    if (text === '') return sub.map((s) => s.replace(/^\s*(?:- |\d+\. )/u, '').trim()).filter((s) => s !== '');
    return [[text, ...sub].join('\n')];
  });
}

function subPoints(list: AdfLike, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const ordered = nodeType(list) === 'orderedList';
  const points: string[] = [];
  let n = 0;
  for (const child of children(list)) {
    const type = nodeType(child);
    if (LISTS.has(type)) {
      points.push(...subPoints(child, depth + 1));
      continue;
    }
    const own = tidyLine(children(child).filter((c) => !LISTS.has(nodeType(c))).map(blockText).join(' '));
    const nested = children(child).filter((c) => LISTS.has(nodeType(c))).flatMap((c) => subPoints(c, depth + 1));
    if (type === 'taskItem' || type === 'blockTaskItem') {
      const text = tidyLine(blockText(child));
      if (text !== '') points.push(`${indent}- ${text}`);
      continue;
    }
    if (own !== '') {
      n += 1;
      points.push(`${indent}${ordered ? `${n}.` : '-'} ${own}`);
    }
    points.push(...nested);
  }
  return points;
}

function blockText(node: AdfLike): string {
  if (nodeType(node) === 'text' || children(node).every((c) => !hasBlockChildren(c))) return inlineText(node);
  return children(node).map(blockText).join('\n');
}

function hasBlockChildren(node: AdfLike): boolean {
  return nodeType(node) === 'paragraph' || LISTS.has(nodeType(node)) || nodeType(node) === 'listItem';
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
