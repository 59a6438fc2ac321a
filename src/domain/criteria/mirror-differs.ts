/**
 * Drift detection for issue-property mirrors: anyone who can edit the issue can edit a property,
 * so `actual` is untrusted JSON (or undefined when the property is missing). Key order does not
 * matter; any missing, extra or different value does.
 */
export function mirrorDiffers(expected: unknown, actual: unknown): boolean {
  return !sameJson(expected, actual);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const left = definedEntries(a as Record<string, unknown>);
  const right = definedEntries(b as Record<string, unknown>);
  if (left.size !== right.size) return false;
  for (const [key, value] of left) {
    if (!right.has(key) || !sameJson(value, right.get(key))) return false;
  }
  return true;
}

// JSON.stringify drops undefined members, so they never reach the stored property.
function definedEntries(o: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(o).filter(([, v]) => v !== undefined));
}
