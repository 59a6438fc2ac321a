/**
 * Checks every payload gets before its schema: Forge caps an invoke request at 500 KB (counted in bytes), and
 * keys that name object prototypes (`__proto__`, `constructor`, `prototype`) or absurd nesting are hostile,
 * whatever a schema would make of them.
 */
import { formatKilobytes, utf8Bytes } from '../../domain/criteria/canonical-text';

/** Well below Forge's 500 KB, so the refusal is the app's own clear message. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Null when the payload may go on to its schema; else what is wrong with it, in words. */
export function payloadProblem(raw: unknown): string | null {
  const json = JSON.stringify(raw) ?? '';
  const bytes = utf8Bytes(json);
  if (bytes > MAX_PAYLOAD_BYTES) return `The request is too large (${formatKilobytes(bytes)}; at most ${formatKilobytes(MAX_PAYLOAD_BYTES)}).`;
  // Walked without recursion: a hostile payload can be deeper than any stack.
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: raw, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return `The request is nested too deeply (more than ${MAX_DEPTH} levels at ${path || 'the top'}).`;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `The request holds a key that is not allowed ("${key}"${path ? ` at ${path}` : ''}).`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}
