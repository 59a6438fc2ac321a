import type { IssuePropertiesUpdate } from '../../ports/jira';
import { chunk } from './paging';

/** Limits of POST /rest/api/3/issue/properties/multi (Jira OpenAPI text). */
export const BULK_LIMITS = { issuesPerRequest: 100, propertiesPerIssue: 10 } as const;

export interface BulkPropertyEntry {
  issueID: number;
  properties: Record<string, unknown>;
}

function issueIdNumber(issueId: string | number): number {
  const id = typeof issueId === 'number' ? issueId : Number(issueId);
  if (!Number.isSafeInteger(id) || id <= 0 || (typeof issueId === 'string' && !/^\d+$/.test(issueId))) {
    throw new Error(`Bulk property updates need numeric issue ids, got "${String(issueId)}"`);
  }
  return id;
}

/**
 * Splits updates into request bodies Jira accepts: at most 100 issues per request, at most 10
 * properties per issue, each issue once per request. Updates for the same issue are merged first.
 */
export function planBulkPropertyRequests(updates: readonly IssuePropertiesUpdate[]): BulkPropertyEntry[][] {
  const merged = new Map<number, Record<string, unknown>>();
  for (const update of updates) {
    const id = issueIdNumber(update.issueId);
    merged.set(id, { ...merged.get(id), ...update.properties });
  }
  // Round r carries the r-th group of up to 10 properties of every issue, so no issue repeats in a request.
  const rounds: BulkPropertyEntry[][] = [];
  for (const [issueID, properties] of merged) {
    const groups = chunk(Object.entries(properties), BULK_LIMITS.propertiesPerIssue);
    groups.forEach((group, round) => {
      (rounds[round] ??= []).push({ issueID, properties: Object.fromEntries(group) });
    });
  }
  return rounds.flatMap((round) => chunk(round, BULK_LIMITS.issuesPerRequest));
}

/** The task id in a 303 Location such as https://site/rest/api/3/task/10010. */
export function taskIdFromLocation(location: string | null): string | undefined {
  const match = location?.match(/\/rest\/api\/3\/task\/([^/?#]+)/);
  return match?.[1];
}
