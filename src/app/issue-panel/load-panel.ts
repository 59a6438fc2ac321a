import type { PanelView, PersonView } from '../../contract/issue-panel';
import { MAX_CRITERIA, MAX_CRITERION_CHARS, MAX_FEEDBACK_CHARS } from '../../contract/issue-panel';
import { contentHash, importCriteriaFromDescription, importDuplicates, parseGherkin, CRITERIA_PROPERTY_KEY } from '../../domain/criteria';
import { checkReadiness } from '../../domain/readiness';
import { contentChanged, SIGNOFF_PROPERTY_KEY } from '../../domain/signoff';
import type { JiraIssue, JiraUser } from '../../ports/jira';
import { loadFieldIds, type FieldIds } from '../jira-field-ids';
import { readinessFields } from '../readiness/jira-fields';
import { ticketSnapshot } from '../readiness/ticket-snapshot';
import { issueRecordKey } from '../records';
import { loadSettings } from '../settings/load-settings';
import type { ProjectSettings } from '../../domain/settings/project-settings';
import { loadIssueRecord, type IssueRecord } from './issue-record';
import { repairMirrors } from './mirrors';
import type { PanelDeps, PanelTarget } from './panel-deps';

export const EDIT_ISSUES = 'EDIT_ISSUES';
const panelFields = (ids: FieldIds) => [...new Set([...readinessFields(ids), 'status', 'assignee'])];

export interface PanelState {
  issue: JiraIssue;
  record: IssueRecord;
  version: number | null;
  hash: string;
  canEdit: boolean;
  canSignOff: boolean;
  /** This site's story-points and sprint fields, as the issue was read with. */
  fieldIds: FieldIds;
  settings: ProjectSettings;
}

/**
 * Reads everything the panel needs: the issue as the user sees it (a user who cannot browse it gets
 * not-found), the stored record, the user's permissions. An approval whose content changed is marked stale
 * here too, in case the update trigger has not run yet.
 */
export async function readPanelState(deps: PanelDeps, target: PanelTarget): Promise<PanelState> {
  // Field ids are site-wide: read as the app, so every user's panel shares one remembered answer.
  const readIssue = async () => {
    const fieldIds = await loadFieldIds(deps.appJira, deps.store, deps.clock.now());
    const issue = await deps.userJira.getIssue(target.issue.id, { fields: panelFields(fieldIds), properties: [SIGNOFF_PROPERTY_KEY, CRITERIA_PROPERTY_KEY] });
    return { issue, fieldIds };
  };
  const [{ issue, fieldIds }, perms, stored, { settings }] = await Promise.all([
    readIssue(),
    deps.userJira.getMyPermissions({ issueKey: target.issue.key, permissions: [EDIT_ISSUES, deps.signOffPermission] }),
    loadIssueRecord(deps.store, target.issue.id, target.project.id),
    loadSettings(deps.store, target.project.id),
  ]);
  let { record, version } = stored;
  const hash = contentHash({ criteria: record.criteria.criteria, description: issue.fields.description ?? null });
  const marked = contentChanged(record.signoff, { hash, at: new Date(deps.clock.now()).toISOString() });
  if (marked.ok && marked.value !== record.signoff) {
    const next = { ...record, signoff: marked.value };
    const saved = await deps.store.save(issueRecordKey(target.issue.id, target.project.id), next, version, deps.clock.now());
    if (saved.ok) {
      record = next;
      version = saved.version;
    }
  }
  return { issue, record, version, hash, canEdit: perms[EDIT_ISSUES] === true, canSignOff: perms[deps.signOffPermission] === true, fieldIds, settings };
}

export async function loadPanel(deps: PanelDeps, target: PanelTarget): Promise<PanelView> {
  return presentPanel(deps, target, await readPanelState(deps, target));
}

/** Builds the view from a state already read (actions reuse what they loaded). */
export async function presentPanel(deps: PanelDeps, target: PanelTarget, state: PanelState): Promise<PanelView> {
  const { issue, record, settings } = state;
  const people = new Set<string>();
  for (const c of record.criteria.criteria) if (c.verification.by) people.add(c.verification.by);
  for (const h of record.signoff.history) if (h.by) people.add(h.by);

  const [users, holders] = await Promise.all([
    people.size > 0 ? deps.userJira.getUsers([...people]).catch(() => [] as JiraUser[]) : Promise.resolve([] as JiraUser[]),
    // As the user: who holds a permission is shown only to those Jira lets see it.
    deps.userJira.getUsersWithPermission(target.project.key, deps.signOffPermission).catch(() => [] as JiraUser[]),
    // An issue Accord never stored anything for needs no mirror, unless someone wrote one by hand.
    (state.version === null && !hasMirror(issue.properties) ? Promise.resolve(0) : repairMirrors(deps.appJira, issue.id, record, issue.properties)).catch((error: unknown) => {
      console.warn('Could not repair issue property mirrors', error);
      return 0;
    }),
  ]);
  const names = new Map(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
  const person = (id: string | null | undefined): PersonView | null => (id ? { accountId: id, displayName: names.get(id) ?? 'Former user' } : null);

  const description = issue.fields.description ?? null;
  const found = importCriteriaFromDescription(description).criteria.map((c) => c.text);
  const readiness = checkReadiness(ticketSnapshot(issue, record.criteria.criteria.map((c) => c.text), state.fieldIds), settings.rubric);
  const last = record.signoff.history.at(-1);
  const lastDecision = [...record.signoff.history].reverse().find((h) => h.decision !== 'stale');
  const assignee = issue.fields.assignee;
  const holderNames = holders.filter((u) => u.active !== false).map((u) => u.displayName ?? u.accountId);

  return {
    issue: {
      id: issue.id,
      key: issue.key,
      summary: issue.fields.summary ?? '',
      status: issue.fields.status?.name ?? '',
      assignee: assignee ? { accountId: assignee.accountId, displayName: assignee.displayName ?? assignee.accountId } : null,
    },
    criteria: record.criteria.criteria.map((c) => ({
      id: c.id,
      text: c.text,
      steps: parseGherkin(c.text),
      verification: { state: c.verification.state, by: person(c.verification.by), at: c.verification.at ?? null },
    })),
    version: state.version,
    contentHash: state.hash,
    signoff: {
      state: record.signoff.state,
      decidedBy: person(lastDecision?.by),
      decidedAt: lastDecision?.at ?? null,
      feedback: last?.decision === 'changes_requested' ? (last.feedback ?? null) : null,
    },
    history: record.signoff.history.map((h) => ({
      decision: h.decision,
      by: person(h.by),
      at: h.at,
      feedback: h.feedback ?? null,
      hash: h.hash.slice(0, 8),
    })),
    readiness: {
      score: readiness.score,
      ready: readiness.ready,
      threshold: settings.rubric.threshold,
      findings: readiness.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message, evidence: f.evidence || null, fix: f.fix })),
    },
    importable: importDuplicates(record.criteria, found).fresh.slice(0, MAX_CRITERIA),
    permissions: {
      canEdit: state.canEdit,
      canSignOff: state.canSignOff,
      readOnlyReason: readOnlyReason(state, holderNames),
      signOffHolders: holderNames,
    },
    limits: { maxCriteria: MAX_CRITERIA, maxCriterionChars: MAX_CRITERION_CHARS, maxFeedbackChars: MAX_FEEDBACK_CHARS },
  };
}

function hasMirror(properties: Record<string, unknown> | undefined): boolean {
  return properties !== undefined && (properties[SIGNOFF_PROPERTY_KEY] !== undefined || properties[CRITERIA_PROPERTY_KEY] !== undefined);
}

function readOnlyReason(state: PanelState, holders: string[]): string | null {
  if (state.canEdit && state.canSignOff) return null;
  const who = holders.length > 0 ? ` Ask ${listNames(holders)}.` : ' Ask a Jira admin to grant it in the permission scheme.';
  if (!state.canEdit && !state.canSignOff) {
    return `You can view these acceptance criteria, but you do not have the Edit issues permission or the "Sign off work results" permission in this project.${who}`;
  }
  if (!state.canSignOff) return `Signing off needs the "Sign off work results" permission in this project.${who}`;
  return 'Editing criteria needs the Edit issues permission in this project.';
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} or ${rest} other${rest === 1 ? '' : 's'}` : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}
