import type { AdfDocument, JiraUser } from '../../ports/jira';

/**
 * The comment that records a sign-off decision in the activity, mentioning the assignee so the
 * person who did the work hears about it.
 */
export function decisionComment(args: {
  decision: 'approved' | 'changes_requested';
  assignee: JiraUser | null | undefined;
  criteria: { total: number; passed: number; failed: number };
  feedback?: string;
  /** The decision entry's time: named in the comment, so a retry can tell the comment is already there. */
  at: string;
}): AdfDocument {
  const { decision, assignee, criteria, feedback, at } = args;
  const lead =
    decision === 'approved'
      ? `Work result approved against ${criteria.total} acceptance criteri${criteria.total === 1 ? 'on' : 'a'} (${criteria.passed} passed, ${criteria.failed} failed).`
      : 'Changes requested on the work result.';
  const mention = assignee ? [{ type: 'mention', attrs: { id: assignee.accountId, text: `@${assignee.displayName ?? assignee.accountId}` } }, { type: 'text', text: ' ' }] : [];
  const content: AdfDocument['content'] = [{ type: 'paragraph', content: [...mention, { type: 'text', text: lead, marks: [{ type: 'strong' }] }] }];
  if (feedback) content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: feedback }] }] });
  content.push({ type: 'paragraph', content: [{ type: 'text', text: commentMarker(at), marks: [{ type: 'em' }] }] });
  return { type: 'doc', version: 1, content };
}

/** The line that ends every decision comment: it names the decision, so the same decision is never commented twice. */
export function commentMarker(at: string): string {
  return `Recorded by Accord for the decision of ${at}.`;
}
