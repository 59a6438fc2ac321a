/**
 * Minimal typed shape of the Atlassian Document Format (ADF), enough to read and build documents.
 * Jira sends richer nodes; everything we do not know is kept as a plain node with a type.
 */
export interface AdfMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: AdfMark[];
  text?: string;
}

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

/** True when `value` looks like an ADF document root (type "doc" with a content array). */
export function isAdfDoc(value: unknown): value is AdfDoc {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; content?: unknown };
  return candidate.type === 'doc' && Array.isArray(candidate.content);
}

/** An empty document, for tickets without a description. */
export function emptyAdfDoc(): AdfDoc {
  return { type: 'doc', version: 1, content: [] };
}
