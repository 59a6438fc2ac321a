import { CRITERIA_PROPERTY_KEY } from '../../domain/criteria';
import { withCurrentContent } from '../../domain/issue-record';
import type { ProjectSettings } from '../../domain/settings/project-settings';
import { SIGNOFF_PROPERTY_KEY, type SignoffEntry } from '../../domain/signoff';
import type { JiraIssue } from '../../ports/jira';
import { readinessFields } from '../readiness/jira-fields';
import { loadSettings } from '../settings/load-settings';
import { siteFieldIds, type FieldIds } from '../site/field-ids';
import { EMPTY_ARCHIVE, HISTORY_SHOWN, newestArchived } from './history';
import type { IssueRecord } from '../../domain/issue-record';
import { ContextMismatchError } from '../context-mismatch';
import { loadIssueRecord } from './issue-record';
import type { PanelDeps, PanelTarget } from './panel-deps';

export const EDIT_ISSUES = 'EDIT_ISSUES';
const panelFields = (ids: FieldIds) => [...new Set([...readinessFields(ids), 'status', 'assignee', 'project'])];

export interface PanelState {
  /** The issue as the user sees it, with the mirror properties as they are now (for repair only). */
  issue: JiraIssue;
  /** The record as of the current content: an approval of other content is already marked stale here. */
  record: IssueRecord;
  /** The stored version `record` was read at; null when nothing is stored yet. */
  version: number | null;
  /** True when `record` carries a stale mark that is not stored yet. */
  unsavedStale: boolean;
  hash: string;
  canEdit: boolean;
  canSignOff: boolean;
  /** This site's story-points and sprint fields, as the issue was read with. */
  fieldIds: FieldIds;
  settings: ProjectSettings;
  /** The newest archived sign-off entries (older than the record's own), so the panel shows HISTORY_SHOWN in all. */
  archivedRecent: SignoffEntry[];
  /** How many archive pages those came from: "Show earlier decisions" starts at the page after. */
  archivedPagesShown: number;
}

/**
 * Reads everything the panel needs, and writes nothing: the issue as the user sees it (a user who cannot
 * browse it gets not-found), the stored record as of the current content, the user's permissions.
 */
export async function readPanelState(deps: PanelDeps, target: PanelTarget): Promise<PanelState> {
  // Field ids are site-wide: read as the app, so every user's panel shares one remembered answer.
  const readIssue = async () => {
    const fieldIds = await siteFieldIds(deps.appJira, deps.store, deps.clock.now());
    const issue = await deps.userJira.getIssue(target.issue.id, { fields: panelFields(fieldIds), properties: [SIGNOFF_PROPERTY_KEY, CRITERIA_PROPERTY_KEY] });
    return { issue, fieldIds };
  };
  const [{ issue, fieldIds }, perms, stored, { settings }] = await Promise.all([
    readIssue(),
    deps.userJira.getMyPermissions({ issueKey: target.issue.key, permissions: [EDIT_ISSUES, deps.signOffPermission] }),
    loadIssueRecord(deps.store, target.issue.id, target.project.id),
    loadSettings(deps.store, target.project.id),
  ]);
  // The issue Jira shows must be the one the context names, in the project it names.
  if (issue.key !== target.issue.key) throw new ContextMismatchError(`issue ${target.issue.id} is ${issue.key}, not ${target.issue.key}`);
  if (issue.fields.project && issue.fields.project.id !== target.project.id) {
    throw new ContextMismatchError(`${issue.key} is in project ${issue.fields.project.key}, not ${target.project.key}`);
  }
  const current = withCurrentContent(stored.record, issue.fields.description ?? null, { at: new Date(deps.clock.now()).toISOString() });
  const { archivedRecent, archivedPagesShown } = await shownHistory(deps, target, current.record);
  return {
    issue,
    record: current.record,
    version: stored.version,
    unsavedStale: current.becameStale,
    hash: current.hash,
    canEdit: perms[EDIT_ISSUES] === true,
    canSignOff: perms[deps.signOffPermission] === true,
    fieldIds,
    settings,
    archivedRecent,
    archivedPagesShown,
  };
}

/** The archived entries the panel shows beside the record's own, read for the record as stored now. */
export async function shownHistory(deps: PanelDeps, target: PanelTarget, record: IssueRecord): Promise<Pick<PanelState, 'archivedRecent' | 'archivedPagesShown'>> {
  const archive = record.archived ?? EMPTY_ARCHIVE;
  const wanted = Math.max(0, HISTORY_SHOWN - record.signoff.history.length);
  const { entries, pagesRead } = await newestArchived(deps.store, target.issue.id, target.project.id, archive, wanted);
  return { archivedRecent: entries, archivedPagesShown: pagesRead };
}
