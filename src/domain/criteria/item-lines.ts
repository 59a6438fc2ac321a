/**
 * Typed list markers people use in plain paragraphs ("- item", "1) item", "[ ] item",
 * "✅ item"), when Jira did not turn them into a real list.
 */
const MARKER = /^(?:[-*•–—+▪◦‣·]|\d{1,3}[.)]|[A-Za-z]\)|\(\d{1,3}\)|\[[ xX]?\]|[☐☑✅✔✓✗❌]\uFE0F?)\s+/u;

export function stripListMarker(line: string): { marked: boolean; text: string } {
  let text = line.trim();
  let marked = false;
  // "- [ ] item" has two markers.
  for (let i = 0; i < 2; i += 1) {
    const match = MARKER.exec(text);
    if (match === null) break;
    marked = true;
    text = text.slice(match[0].length).trim();
  }
  return { marked, text };
}

/**
 * Collapses spaces inside each line and drops blank lines, keeping the line structure and the
 * indentation of folded sub-points ("  - grandchild").
 */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^( +)(?:- |\d+\. )/u.exec(line)?.[1] ?? '';
      return indent + line.replace(/[^\S\n]+/gu, ' ').trim();
    })
    .filter((line) => line !== '')
    .join('\n');
}
