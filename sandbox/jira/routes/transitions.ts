/** Workflow transitions, guarded by the registered (Forge) workflow validators. */
import { bodyObject, optionalObject } from '../http/body';
import { JiraHttpError, badRequest } from '../http/jira-error';
import { noContent, ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { commitIssueChange } from '../issue-changes';
import { applyFieldInput } from '../issue-fields-input';
import { requirePermission, visibleIssue } from '../issue-access';
import { statusByName, statusJson, transitionsFrom } from '../model/workflow';

const listTransitions: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const allowed = ctx.site.permissions.has(ctx.actor, issue.projectId, 'TRANSITION_ISSUES');
  const transitions = allowed ? transitionsFrom(issue.status) : [];
  return ok({
    transitions: transitions.map((transition) => ({
      id: transition.id,
      name: transition.name,
      to: statusJson(ctx.site.baseUrl, transition.to.name),
      hasScreen: false,
      isGlobal: false,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      looped: false,
    })),
  });
};

const doTransition: RouteHandler = async (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  requirePermission(ctx, issue, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.');
  const body = bodyObject(ctx.body);
  const id = optionalObject(body['transition'])?.['id'];
  const transition = transitionsFrom(issue.status).find((candidate) => candidate.id === String(id));
  if (!transition) throw badRequest(`Transition id '${String(id)}' is not valid for this issue.`);
  const withFields = applyFieldInput(ctx.site, issue, { fields: body['fields'] ?? {}, update: body['update'] ?? {} });
  const from = statusByName(issue.status);
  for (const validator of ctx.validators()) {
    if (validator.toStatus !== null && validator.toStatus.toLowerCase() !== transition.to.name.toLowerCase()) continue;
    let verdict: { result: boolean; errorMessage?: string };
    try {
      verdict = await validator.run({
        issue: { key: issue.key },
        configuration: {},
        transition: { from: { id: from?.id ?? '' }, to: { id: transition.to.id }, modifiedFields: optionalObject(body['fields']) },
      });
    } catch (error) {
      // A validator that fails to run blocks the transition, as a failing Forge validator does in Jira.
      verdict = { result: false, errorMessage: `The workflow validator '${validator.key}' failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!verdict.result) {
      throw new JiraHttpError(400, [verdict.errorMessage ?? `The transition was blocked by the workflow validator '${validator.key}'.`]);
    }
  }
  const now = ctx.site.now().toISOString();
  const resolved = transition.to.category === 'done';
  commitIssueChange(ctx, issue, {
    ...withFields,
    status: transition.to.name,
    resolutiondate: resolved ? (issue.resolutiondate ?? now) : null,
  });
  return noContent();
};

export const transitionRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', listTransitions],
  ['POST', '/rest/api/3/issue/{issueIdOrKey}/transitions', doTransition],
];
