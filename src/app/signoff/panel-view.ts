import type { PanelView, PersonView } from '../../contract/issue-panel';
import { importCriteriaFromDescription, importDuplicates, MAX_CRITERIA_PER_ISSUE, MAX_CRITERION_CHARACTERS, parseGherkin } from '../../domain/criteria';
import { criteriaTexts } from '../../domain/issue-record';
import { checkReadiness } from '../../domain/readiness';
import { MAX_FEEDBACK_CHARACTERS } from '../../domain/signoff';
import type { JiraUser } from '../../ports/jira';
import { ticketSnapshot } from '../readiness/ticket-snapshot';
import { listNames } from './names';
import type { PanelDeps, PanelTarget } from './panel-deps';
import type { PanelState } from './panel-state';

/**
 * Builds the panel's view from a state already read (actions reuse what they loaded). Reads the names of
 * the people it shows, as the user; writes nothing.
 */
export async function presentPanel(deps: PanelDeps, target: PanelTarget, state: PanelState): Promise<PanelView> {
  const { issue, record, settings } = state;
  // The newest entries: whole archive pages back to at least HISTORY_SHOWN entries, then the record's own.
  const shown = [...state.archivedRecent, ...record.signoff.history];
  const total = (record.archived?.entries ?? 0) + record.signoff.history.length;
  const people = new Set<string>();
  for (const c of record.criteria.criteria) if (c.verification.by) people.add(c.verification.by);
  for (const h of shown) if (h.by) people.add(h.by);

  const [users, holders] = await Promise.all([
    people.size > 0 ? deps.userJira.getUsers([...people]).catch((): JiraUser[] => []) : Promise.resolve<JiraUser[]>([]),
    // As the app: Jira lists permission holders only to project admins, and everyone who can see this issue
    // (checked above, as the user) should learn who can sign it off.
    deps.appJira.getUsersWithPermission(target.project.key, deps.signOffPermission).catch((): JiraUser[] => []),
  ]);
  const names = new Map(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
  const person = (id: string | null | undefined): PersonView | null => (id ? { accountId: id, displayName: names.get(id) ?? 'Former user' } : null);

  const found = importCriteriaFromDescription(issue.fields.description ?? null).criteria.map((c) => c.text);
  const readiness = checkReadiness(ticketSnapshot(issue, criteriaTexts(record), state.fieldIds), settings.rubric);
  const last = shown.at(-1);
  const lastDecision = [...shown].reverse().find((h) => h.decision !== 'stale');
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
      commentNotice: commentNotice(record),
    },
    history: shown.map((h) => ({
      decision: h.decision,
      by: person(h.by),
      at: h.at,
      feedback: h.feedback ?? null,
      hash: h.hash.slice(0, 8),
    })),
    historyTotal: total,
    historyNextPage: state.archivedPagesShown < (record.archived?.pages ?? 0) ? state.archivedPagesShown : null,
    readiness: {
      score: readiness.score,
      ready: readiness.ready,
      threshold: settings.rubric.threshold,
      findings: readiness.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message, evidence: f.evidence || null, fix: f.fix })),
    },
    importable: importDuplicates(record.criteria, found).fresh.slice(0, MAX_CRITERIA_PER_ISSUE),
    permissions: {
      canEdit: state.canEdit,
      canSignOff: state.canSignOff,
      readOnlyReason: readOnlyReason(state, holderNames),
      signOffHolders: holderNames,
    },
    limits: { maxCriteria: MAX_CRITERIA_PER_ISSUE, maxCriterionChars: MAX_CRITERION_CHARACTERS, maxFeedbackChars: MAX_FEEDBACK_CHARACTERS },
  };
}

function commentNotice(record: PanelState['record']): string | null {
  const pending = record.pendingComments ?? [];
  if (pending.length === 0) return null;
  const gaveUp = pending.filter((p) => p.gaveUp);
  if (gaveUp.length > 0) {
    return `Accord could not add the comment recording ${gaveUp.length === 1 ? 'a decision' : `${gaveUp.length} decisions`} to the issue's activity: Jira kept refusing. The decision itself is recorded here, in the history.`;
  }
  return `The comment recording ${pending.length === 1 ? 'this decision' : `${pending.length} decisions`} is not in the issue's activity yet: Jira refused it for now, and Accord retries it.`;
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
