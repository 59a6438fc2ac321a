import { createHash, type Hash } from 'node:crypto';
import { canonicalText } from './canonical-text';

/**
 * The hash a sign-off is bound to: the criteria, in order, plus the whole description document.
 *
 * Everything a reader can see or follow counts: every node, every mark (bold, strike, colour, a link's
 * target), every attribute (an image's source, a mention's account, a table's layout), at any depth. What is
 * canonicalised away is only what re-saving the same content changes: runs of whitespace in text collapse
 * to one space (but not inside code), adjacent text nodes with the same marks are one text, attribute and
 * mark order do not matter, and `localId` attributes (editor bookkeeping, not content) are left out.
 * Verification states are not hashed: verifying a criterion does not change what was approved.
 *
 * The document is walked without recursion, so no nesting depth is cut off or overflows the stack.
 * `description` is the issue's ADF document, or plain text (command line, tests), or null for none.
 */
export function contentHash(input: { criteria: readonly (string | { readonly text: string })[]; description: unknown }): string {
  const hash = createHash('sha256');
  hash.update('accord-content-v2\n');
  hash.update(JSON.stringify(input.criteria.map((c) => canonicalText(typeof c === 'string' ? c : c.text))));
  hash.update('\n');
  if (typeof input.description === 'string') hash.update(JSON.stringify({ text: canonicalText(input.description) }));
  else if (isNode(input.description)) writeDocument(hash, input.description);
  else hash.update('null');
  return hash.digest('hex');
}

export const CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/u;

type Node = Record<string, unknown> & { type: string };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

/** Attributes that name an editor's element, not its content. */
const IGNORED_ATTRIBUTES = new Set(['localId']);

/** Any JSON value with object keys sorted and ignored attributes left out; nested values are small (attrs, marks). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && !IGNORED_ATTRIBUTES.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function marksOf(node: Node): string {
  const marks = Array.isArray(node.marks) ? node.marks.filter(isNode) : [];
  return marks.map(canonicalJson).sort().join(',');
}

/** Attributes as they read: none, an empty object and only ignored ones are all "no attributes". */
function attrsOf(node: Node): string {
  const attrs = canonicalJson(node.attrs ?? null);
  return attrs === '{}' ? 'null' : attrs;
}

/** A node's own part: its type, attributes and marks. */
function head(node: Node): string {
  return `${JSON.stringify(node.type)}|${attrsOf(node)}|${marksOf(node)}`;
}

/**
 * The children as the content reads: malformed members dropped, adjacent text nodes with the same marks
 * joined, whitespace collapsed (except in code blocks), empty text dropped.
 */
function readableChildren(node: Node): Node[] {
  const raw = Array.isArray(node.content) ? node.content.filter(isNode) : [];
  const verbatim = node.type === 'codeBlock';
  const out: Node[] = [];
  for (const child of raw) {
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    const text = typeof child.text === 'string' ? child.text : '';
    const previous = out.at(-1);
    if (previous && previous.type === 'text' && marksOf(previous) === marksOf(child) && attrsOf(previous) === attrsOf(child)) {
      out[out.length - 1] = { ...previous, text: `${String(previous.text)}${text}` };
    } else {
      out.push({ ...child, text });
    }
  }
  const collapsed = out.map((child, i) => {
    if (child.type !== 'text' || verbatim) return child;
    let text = String(child.text).replace(/\s+/gu, ' ');
    // Space at the edges of a block is layout, not content.
    if (i === 0) text = text.trimStart();
    if (i === out.length - 1) text = text.trimEnd();
    return { ...child, text };
  });
  return collapsed.filter((child) => child.type !== 'text' || String(child.text) !== '');
}

/** Writes the canonical form of a document into the hash, depth first, with an explicit stack. */
function writeDocument(hash: Hash, root: Node): void {
  const stack: Array<{ children: Node[]; next: number }> = [];
  const open = (node: Node) => {
    hash.update(`(${head(node)}`);
    if (node.type === 'text') hash.update(`|${JSON.stringify(node.text)}`);
    stack.push({ children: node.type === 'text' ? [] : readableChildren(node), next: 0 });
  };
  open(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.children[frame.next];
    if (child === undefined) {
      hash.update(')');
      stack.pop();
      continue;
    }
    frame.next += 1;
    open(child);
  }
}
