import { checkReadiness, readinessFingerprint } from '../../domain/readiness';
import type { Rubric } from '../../domain/readiness/rubric';
import type { ReadinessResult } from '../../domain/readiness/types';
import type { JiraIssue } from '../../ports/jira';
import type { FieldIds } from '../site/field-ids';
import { READINESS_PROPERTY } from './jira-fields';
import { readinessProperty, storedFingerprint, type ReadinessProperty } from './readiness-property';
import { ticketSnapshot } from './ticket-snapshot';

export interface IssueCheck {
  result: ReadinessResult;
  property: ReadinessProperty;
  /** False when the issue already carries this result: nothing to write. */
  changed: boolean;
}

/**
 * Checks an issue fetched with `readinessFields` (and the readiness property) and says whether its stored
 * result differs: the scan, the sprint check and the re-check on edit all decide what to write this way.
 */
export function checkIssue(issue: JiraIssue, criteria: readonly string[] | null, rubric: Rubric, ids: FieldIds, now: number): IssueCheck {
  const result = checkReadiness(ticketSnapshot(issue, criteria, ids), rubric);
  const fingerprint = readinessFingerprint(result);
  return {
    result,
    property: readinessProperty(result, fingerprint, rubric.threshold, now),
    changed: storedFingerprint(issue.properties?.[READINESS_PROPERTY]) !== fingerprint,
  };
}
