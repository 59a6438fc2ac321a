/** A Jira issue key: a project key (a letter, then letters, digits or _) and a number, "ACC-12". */
export const ISSUE_KEY_PATTERN = /^[A-Z][A-Z0-9_]+-[1-9]\d*$/u;

/** The key in Jira's spelling (upper case), or null when it is not an issue key. */
export function normalIssueKey(key: unknown): string | null {
  if (typeof key !== 'string') return null;
  const upper = key.trim().toUpperCase();
  return ISSUE_KEY_PATTERN.test(upper) ? upper : null;
}

/** Issue keys in the order people read them: ACC-2 before ACC-10. */
export function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
