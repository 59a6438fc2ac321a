import { checkReadiness, readinessFingerprint } from '../../domain/readiness';
import type { Rubric } from '../../domain/readiness/rubric';
import type { ReadinessResult } from '../../domain/readiness/types';
import type { JiraIssue } from '../../ports/jira';
import type { FieldIds } from '../site/field-ids';
import { READINESS_PROPERTY } from './jira-fields';
import { readinessProperty, readinessPropertyDiffers, type ReadinessProperty } from './readiness-property';
import { ticketSnapshot } from './ticket-snapshot';

export interface IssueCheck {
  result: ReadinessResult;
  property: ReadinessProperty;
  /** False when the issue already carries this result (in every field a reader uses): nothing to write. */
  changed: boolean;
}

/**
 * Checks an issue fetched with `readinessFields` (and the readiness property) and says whether its stored
 * result differs: the scan, the sprint check and the re-check on edit all decide what to write this way.
 */
export function checkIssue(issue: JiraIssue, criteria: readonly string[] | null, rubric: Rubric, ids: FieldIds, now: number): IssueCheck {
  const result = checkReadiness(ticketSnapshot(issue, criteria, ids), rubric);
  const property = readinessProperty(result, readinessFingerprint(result), rubric.threshold, now);
  return { result, property, changed: readinessPropertyDiffers(issue.properties?.[READINESS_PROPERTY], property) };
}
