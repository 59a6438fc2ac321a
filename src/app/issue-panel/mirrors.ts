import { CRITERIA_PROPERTY_KEY, criteriaMirror, criteriaSummary, mirrorDiffers } from '../../domain/criteria';
import { SIGNOFF_PROPERTY_KEY, signoffMirror } from '../../domain/signoff';
import type { JiraPort } from '../../ports/jira';
import type { IssueRecord } from './issue-record';

/**
 * Issue properties mirror the record for JQL. They are never read for a decision; when one differs from the
 * record (edited by hand, or a write was lost) it is rewritten from the record.
 */
export async function repairMirrors(appJira: JiraPort, issueId: string, record: IssueRecord, current: Record<string, unknown> | undefined): Promise<number> {
  const expected: Record<string, unknown> = {
    [SIGNOFF_PROPERTY_KEY]: signoffMirror(record.signoff),
    [CRITERIA_PROPERTY_KEY]: criteriaMirror(criteriaSummary(record.criteria)),
  };
  let written = 0;
  for (const [key, value] of Object.entries(expected)) {
    if (current && !mirrorDiffers(value, current[key])) continue;
    await appJira.setIssueProperty(issueId, key, value);
    written += 1;
  }
  return written;
}
