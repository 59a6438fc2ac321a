import type { AdfNode } from './adf-types';

/** Deeper nesting than this is not real content; stopping there keeps hostile input from overflowing the stack. */
export const MAX_ADF_DEPTH = 64;

/** Return false to skip the node's children. */
export type AdfVisitor = (node: AdfNode, parent: AdfNode | null, depth: number) => boolean | void;

/**
 * Depth-first, document-order walk over an ADF tree. Tolerates malformed input (missing or
 * non-array content, non-object children): such parts are skipped, never thrown on.
 */
export function walkAdf(root: unknown, visit: AdfVisitor): void {
  if (!isNode(root)) return;
  visitNode(root, null, 0, visit);
}

function visitNode(node: AdfNode, parent: AdfNode | null, depth: number, visit: AdfVisitor): void {
  if (visit(node, parent, depth) === false || depth >= MAX_ADF_DEPTH) return;
  const children = node.content;
  if (!Array.isArray(children)) return;
  for (const child of children) {
    if (isNode(child)) visitNode(child, node, depth + 1, visit);
  }
}

export function isNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
