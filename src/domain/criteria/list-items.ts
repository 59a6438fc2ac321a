import type { AdfBlock } from '../adf/adf-blocks';

/**
 * Turns a run of list blocks (consecutive blocks inside lists) into one string per top-level item.
 * Nested lists fold into their parent as indented sub-points ("Parent\n- child\n  - grandchild"),
 * because a sub-bullet usually qualifies its parent rather than standing alone; an item with no text of
 * its own lets its children stand alone.
 */
export function listItems(run: readonly AdfBlock[]): string[] {
  const items: string[] = [];
  let item: { number: number; own: string[]; sub: string[] } | null = null;
  // Position of each nested item among its siblings, for "1." numbering: index = list depth.
  let ordinals: number[] = [];
  const close = () => {
    if (item === null) return;
    const own = tidyLine(item.own.join('\n'));
    if (own === '') items.push(...item.sub.map(withoutMarker).filter((s) => s !== ''));
    else items.push([own, ...item.sub].join('\n'));
    item = null;
  };
  for (const block of run) {
    if (item === null || block.item !== item.number || block.item < 0) {
      close();
      item = { number: block.item, own: [], sub: [] };
      ordinals = [];
    }
    if (block.listDepth <= 1) {
      item.own.push(block.text);
      continue;
    }
    const text = tidyLine(block.text).replace(/\n/gu, ' ');
    if (text === '') continue;
    if (!block.itemStart && item.sub.length > 0) {
      // A second paragraph of a nested item continues its point.
      item.sub[item.sub.length - 1] += ` ${text}`;
      continue;
    }
    const depth = block.listDepth - 2;
    ordinals = ordinals.slice(0, depth + 1);
    ordinals[depth] = (ordinals[depth] ?? 0) + 1;
    const marker = block.list === 'ordered' ? `${ordinals[depth]}.` : '-';
    item.sub.push(`${'  '.repeat(depth)}${marker} ${text}`);
  }
  close();
  return items;
}

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
