/** One page of an offset-paged Jira list (PageBean, agile pages, worklog pages). */
export interface OffsetPage<T> {
  values: T[];
  total?: number;
  isLast?: boolean;
}

/**
 * Collects every item of an offset-paged list. Stops on `isLast`, on reaching `total`, or on an empty
 * page (so a Jira answer missing both markers cannot loop forever).
 */
export async function collectOffsetPages<T>(fetchPage: (startAt: number) => Promise<OffsetPage<T>>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await fetchPage(items.length);
    items.push(...page.values);
    if (page.values.length === 0 || page.isLast === true) return items;
    if (page.isLast === undefined && page.total !== undefined && items.length >= page.total) return items;
  }
}

/** Splits a list into runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
