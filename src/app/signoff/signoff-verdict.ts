import { withCurrentContent } from '../../domain/issue-record';
import type { SignoffState } from '../../domain/signoff';
import type { AppDeps } from '../app-deps';
import { loadIssueRecord } from './issue-record';

/**
 * The workflow validator's question: is this issue approved, for its current content? Reads the
 * authoritative record, never the issue property; writes nothing (a validator only answers).
 */
export async function signoffVerdict(deps: AppDeps, issueKey: string): Promise<{ approved: boolean; state: SignoffState; projectKey: string }> {
  const issue = await deps.jira.getIssue(issueKey, { fields: ['description', 'project'] });
  const project = issue.fields.project;
  const { record } = await loadIssueRecord(deps.store, issue.id, project?.id ?? '');
  const { signoff } = withCurrentContent(record, issue.fields.description ?? null, { at: new Date(deps.clock.now()).toISOString() }).record;
  return { approved: signoff.state === 'approved', state: signoff.state, projectKey: project?.key ?? '' };
}
