import { withCurrentContent } from '../../domain/issue-record';
import type { SignoffState } from '../../domain/signoff';
import type { AppDeps } from '../app-deps';
import { loadIssueRecord } from './issue-record';

/** What a transition changes with it (Forge's `transition.modifiedFields`): a description here wins. */
export interface TransitionChanges {
  description?: unknown;
}

/**
 * The workflow validator's question: is this issue approved, for its content as it will be after the
 * transition? A transition screen can change the description in the same request, so a description among
 * the transition's modified fields is judged instead of the stored one. Reads the authoritative record,
 * never the issue property; writes nothing (a validator only answers).
 */
export async function signoffVerdict(
  deps: AppDeps,
  issueKey: string,
  changes: TransitionChanges = {},
): Promise<{ approved: boolean; state: SignoffState; projectKey: string }> {
  const issue = await deps.jira.getIssue(issueKey, { fields: ['description', 'project'] });
  const project = issue.fields.project;
  const { record } = await loadIssueRecord(deps.store, issue.id, project?.id ?? '');
  const description = 'description' in changes ? (changes.description ?? null) : (issue.fields.description ?? null);
  const { signoff } = withCurrentContent(record, description, { at: new Date(deps.clock.now()).toISOString() }).record;
  return { approved: signoff.state === 'approved', state: signoff.state, projectKey: project?.key ?? '' };
}
