import type { HistoryPageView, PersonView } from '../../contract/issue-panel';
import type { JiraUser } from '../../ports/jira';
import { ContextMismatchError } from '../context-mismatch';
import { EMPTY_ARCHIVE, olderEntries } from './history';
import { loadIssueRecord } from './issue-record';
import type { PanelDeps, PanelTarget } from './panel-deps';

/**
 * Older sign-off decisions, a page at a time (page 1 is the one before what the panel shows first), for
 * "Show earlier decisions". Read as the user: someone who cannot see the issue gets Jira's not-found.
 */
export async function signoffHistoryPage(deps: PanelDeps, target: PanelTarget, page: number): Promise<HistoryPageView> {
  const issue = await deps.userJira.getIssue(target.issue.id, { fields: ['project'] });
  // As the panel does: the issue Jira shows must be the one the context names, in the project it names.
  if (issue.key !== target.issue.key) throw new ContextMismatchError(`issue ${target.issue.id} is ${issue.key}, not ${target.issue.key}`);
  if (issue.fields.project && issue.fields.project.id !== target.project.id) throw new ContextMismatchError(`${issue.key} is in project ${issue.fields.project.key}, not ${target.project.key}`);
  const { record } = await loadIssueRecord(deps.store, target.issue.id, target.project.id);
  const archive = record.archived ?? EMPTY_ARCHIVE;
  const entries = await olderEntries(deps.store, target.issue.id, target.project.id, archive, page);
  const ids = [...new Set(entries.map((e) => e.by).filter((id): id is string => id !== null))];
  const users = ids.length > 0 ? await deps.userJira.getUsers(ids).catch((): JiraUser[] => []) : [];
  const names = new Map(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
  const person = (id: string | null): PersonView | null => (id ? { accountId: id, displayName: names.get(id) ?? 'Former user' } : null);
  return {
    page,
    pages: archive.pages,
    entries: entries.map((h) => ({ decision: h.decision, by: person(h.by), at: h.at, feedback: h.feedback ?? null, hash: h.hash.slice(0, 8) })),
  };
}
