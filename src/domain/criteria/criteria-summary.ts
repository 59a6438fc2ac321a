import type { IssueCriteria } from './criterion';

/** What the `accord-criteria` issue property mirrors (JQL: count, passed, failed). */
export interface CriteriaSummary {
  readonly count: number;
  readonly passed: number;
  readonly failed: number;
}

export function criteriaSummary(record: IssueCriteria): CriteriaSummary {
  let passed = 0;
  let failed = 0;
  for (const c of record.criteria) {
    if (c.verification.state === 'passed') passed += 1;
    else if (c.verification.state === 'failed') failed += 1;
  }
  return { count: record.criteria.length, passed, failed };
}

export const CRITERIA_PROPERTY_KEY = 'accord-criteria';

/** The issue-property value; a fresh plain object so it serialises exactly as the summary. */
export function criteriaMirror(summary: CriteriaSummary): CriteriaSummary {
  return { count: summary.count, passed: summary.passed, failed: summary.failed };
}
