import { CRITERIA_PROPERTY_KEY, criteriaMirror, criteriaSummary, mirrorDiffers } from '../../domain/criteria';
import { emptyIssueRecord, type IssueRecord } from '../../domain/issue-record';
import { SIGNOFF_PROPERTY_KEY, signoffMirror } from '../../domain/signoff';
import type { PanelDeps } from './panel-deps';
import type { PanelState } from './panel-state';

/** The issue properties that mirror a record for JQL (`accordSignoff`, `accordCriteria`...). */
export const SIGNOFF_MIRROR_KEYS = [SIGNOFF_PROPERTY_KEY, CRITERIA_PROPERTY_KEY] as const;

export function signoffMirrors(record: IssueRecord): Record<string, unknown> {
  return { [SIGNOFF_PROPERTY_KEY]: signoffMirror(record.signoff), [CRITERIA_PROPERTY_KEY]: criteriaMirror(criteriaSummary(record.criteria)) };
}

/**
 * The mirrors to write so the issue's properties say what the record says. They are never read for a
 * decision or a display; a mirror that differs in any field (edited by hand, or a write was lost) is
 * rewritten. An issue Accord stores nothing for needs no mirror, unless someone wrote one by hand: then
 * it gets the empty record's. `current` are the properties as read (a property not set is absent).
 * `record` is the record as of the issue's current content (see withCurrentContent).
 */
export function mirrorsToRepair(record: IssueRecord | null, current: Record<string, unknown>): Record<string, unknown> {
  const handWritten = SIGNOFF_MIRROR_KEYS.some((key) => current[key] !== undefined);
  if (record === null && !handWritten) return {};
  const expected = signoffMirrors(record ?? emptyIssueRecord());
  return Object.fromEntries(Object.entries(expected).filter(([key, value]) => mirrorDiffers(value, current[key])));
}

/**
 * The panel's explicit mirror step, after reading or writing the record. A failed mirror write is logged,
 * not shown: the record is right, and the next panel view, check or scan writes the mirror again.
 */
export async function syncMirrors(deps: PanelDeps, state: PanelState): Promise<number> {
  const writes = mirrorsToRepair(state.version === null ? null : state.record, state.issue.properties ?? {});
  let written = 0;
  for (const [key, value] of Object.entries(writes)) {
    try {
      await deps.appJira.setIssueProperty(state.issue.id, key, value);
      written += 1;
    } catch (error) {
      console.warn(`Could not repair the issue property ${key}`, error);
    }
  }
  return written;
}
