/**
 * How deeply a JSON text nests, read without parsing it. The emulator's readers (ADF, issue fields, the
 * property store) walk bodies recursively, so a body nested thousands of levels deep would overflow the stack
 * and end as a 500. Jira documents no limit; the sandbox refuses more than MAX_JSON_DEPTH levels with a 400,
 * the default of Jackson (StreamReadConstraints.maxNestingDepth, 2.15 and later), a common JSON parser on the
 * JVM. Real ADF nests a few dozen levels at most.
 */
export const MAX_JSON_DEPTH = 1000;

/** The first depth above `limit` the text reaches, or undefined when it stays within it (linear, no recursion). */
export function depthBeyond(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return depth;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return undefined;
}

export function tooDeepMessage(limit = MAX_JSON_DEPTH): string {
  return `The request body nests JSON more than ${limit.toLocaleString('en-US')} levels deep; the sandbox reads at most ${limit.toLocaleString('en-US')}.`;
}
