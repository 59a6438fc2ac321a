/** Finding an issue the caller may see, and checking what they may do to it. */
import type { RouteContext } from './http/route-context';
import { forbidden, issueNotFound } from './http/jira-error';
import type { IssueRecord } from './store';

export function visibleIssue(ctx: RouteContext, idOrKey: string | undefined): IssueRecord {
  const issue = idOrKey ? ctx.site.store.issues.find(idOrKey) : undefined;
  // Jira answers the same 404 whether the issue is missing or hidden, so nothing leaks.
  if (!issue || !ctx.site.permissions.canBrowse(ctx.actor, issue.projectId)) throw issueNotFound();
  return issue;
}

export function requirePermission(ctx: RouteContext, issue: IssueRecord, permission: string, message: string): void {
  if (!ctx.site.permissions.has(ctx.actor, issue.projectId, permission)) throw forbidden(message);
}
