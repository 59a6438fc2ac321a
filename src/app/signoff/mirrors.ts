import { CRITERIA_PROPERTY_KEY, criteriaMirror, criteriaSummary, mirrorDiffers } from '../../domain/criteria';
import type { IssueRecord } from '../../domain/issue-record';
import { SIGNOFF_PROPERTY_KEY, signoffMirror } from '../../domain/signoff';
import type { JiraPort } from '../../ports/jira';
import type { PanelDeps } from './panel-deps';
import type { PanelState } from './panel-state';

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

/**
 * The panel's explicit mirror step, after reading or writing the record. An issue Accord never stored
 * anything for needs no mirror, unless someone wrote one by hand. A failed mirror write is logged, not
 * shown: the record is right, and the next panel view writes the mirror again.
 */
export async function syncMirrors(deps: PanelDeps, state: PanelState): Promise<number> {
  const properties = state.issue.properties;
  const handWritten = properties !== undefined && (properties[SIGNOFF_PROPERTY_KEY] !== undefined || properties[CRITERIA_PROPERTY_KEY] !== undefined);
  if (state.version === null && !handWritten) return 0;
  return repairMirrors(deps.appJira, state.issue.id, state.record, properties).catch((error: unknown) => {
    console.warn('Could not repair issue property mirrors', error);
    return 0;
  });
}
