/**
 * Reads text out of an ADF document defensively. Descriptions arrive as untrusted JSON, so
 * every accessor tolerates missing or wrongly typed members instead of throwing.
 * (Structurally compatible with the shared AdfNode type in src/domain/adf.)
 */
/** Real documents nest a dozen levels at most; deeper input is hostile and is cut off, not recursed. */
export const MAX_ADF_DEPTH = 64;

export interface AdfLike {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly attrs?: unknown;
  readonly content?: unknown;
  readonly marks?: unknown;
}

export function nodeType(node: unknown): string {
  return isObject(node) && typeof node.type === 'string' ? node.type : '';
}

export function children(node: unknown): readonly AdfLike[] {
  if (!isObject(node) || !Array.isArray(node.content)) return [];
  return node.content.filter(isObject);
}

export function attr(node: unknown, name: string): unknown {
  if (!isObject(node) || !isObject(node.attrs)) return undefined;
  return (node.attrs as Record<string, unknown>)[name];
}

export function hasMark(node: unknown, mark: string): boolean {
  if (!isObject(node) || !Array.isArray(node.marks)) return false;
  return node.marks.some((m) => nodeType(m) === mark);
}

/**
 * Text of the inline content under `node`: hard breaks become "\n"; mentions, emoji, status
 * lozenges, dates and smart links contribute what a reader sees. Marks (bold, links, colour)
 * are formatting and are dropped.
 */
export function inlineText(node: unknown, depth = 0): string {
  if (depth > MAX_ADF_DEPTH) return '';
  const type = nodeType(node);
  switch (type) {
    case 'text':
      return isObject(node) && typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return stringAttr(node, 'text') ?? '';
    case 'emoji':
      return stringAttr(node, 'text') ?? stringAttr(node, 'shortName') ?? '';
    case 'status':
      return stringAttr(node, 'text') ?? '';
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return stringAttr(node, 'url') ?? '';
    case 'date':
      return dateText(attr(node, 'timestamp'));
    case 'placeholder': // template hint text, not content
    case 'mediaInline':
      return '';
    default:
      return children(node).map((child) => inlineText(child, depth + 1)).join('');
  }
}

const BLOCK_CONTAINERS = new Set(['paragraph', 'heading', 'codeBlock', 'taskItem', 'blockTaskItem', 'decisionItem']);

/** Every piece of text in the document, one line per block, for hashing and full-text checks. */
export function documentText(node: unknown): string {
  const lines: string[] = [];
  const visit = (n: unknown, depth: number): void => {
    if (depth > MAX_ADF_DEPTH) return;
    if (BLOCK_CONTAINERS.has(nodeType(n)) && children(n).every((c) => !isBlock(c))) {
      lines.push(inlineText(n));
      return;
    }
    const kids = children(n);
    if (kids.length === 0) {
      const text = inlineText(n);
      if (text !== '') lines.push(text);
      return;
    }
    kids.forEach((kid) => visit(kid, depth + 1));
  };
  visit(node, 0);
  return lines.join('\n');
}

function isBlock(node: unknown): boolean {
  const type = nodeType(node);
  return type === 'paragraph' || type.endsWith('List') || type === 'listItem' || type === 'codeBlock';
}

function stringAttr(node: unknown, name: string): string | undefined {
  const value = attr(node, name);
  return typeof value === 'string' ? value : undefined;
}

// ADF dates are UTC midnight in epoch milliseconds (as a string); shown as YYYY-MM-DD.
function dateText(timestamp: unknown): string {
  const ms = typeof timestamp === 'string' ? Number(timestamp) : typeof timestamp === 'number' ? timestamp : NaN;
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function isObject(value: unknown): value is AdfLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
