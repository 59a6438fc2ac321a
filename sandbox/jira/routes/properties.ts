/**
 * Issue entity properties, one by one and in bulk. Property writes never fire product events,
 * as in Jira; the bulk write happens before the 303 answer, its task is already complete.
 */
import { bodyObject, optionalObject } from '../http/body';
import { JiraHttpError, badRequest, forbidden, notFound } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import { actingAccountId, type RouteContext, type RouteHandler } from '../http/route-context';
import { requirePermission, visibleIssue } from '../issue-access';

const MAX_VALUE_LENGTH = 32768;
const MAX_KEY_LENGTH = 255;
const MAX_BULK_ISSUES = 1000;
const EDIT_DENIED = 'You do not have permission to edit this issue.';

function checkKey(key: string | undefined): string {
  if (!key || key.length > MAX_KEY_LENGTH) throw badRequest(`The property key must be between 1 and ${MAX_KEY_LENGTH} characters long.`);
  return key;
}

function propertyUrl(ctx: RouteContext, issueKey: string, key: string): string {
  return `${ctx.site.baseUrl}/rest/api/3/issue/${issueKey}/properties/${encodeURIComponent(key)}`;
}

/** The value as Jira stores it: JSON text within the size limit. */
function valueText(value: unknown): string {
  if (value === undefined) throw badRequest('The property value must be a valid, non-empty JSON blob.');
  const text = JSON.stringify(value);
  if (text.length > MAX_VALUE_LENGTH) throw badRequest(`The property value exceeds the maximum length of ${MAX_VALUE_LENGTH} characters.`);
  return text;
}

const listKeys: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  return ok({ keys: ctx.site.store.properties.keys(issue.id).map((key) => ({ self: propertyUrl(ctx, issue.key, key), key })) });
};

const getProperty: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const key = checkKey(ctx.params['propertyKey']);
  const value = ctx.site.store.properties.get(issue.id, key);
  if (value === undefined) throw notFound(`The property with key '${key}' does not exist.`);
  return ok({ key, value });
};

const setProperty: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const key = checkKey(ctx.params['propertyKey']);
  requirePermission(ctx, issue, 'EDIT_ISSUES', EDIT_DENIED);
  const created = ctx.site.store.properties.set(issue.id, key, valueText(ctx.body));
  return json(created ? 201 : 200, {});
};

const deleteProperty: RouteHandler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params['issueIdOrKey']);
  const key = checkKey(ctx.params['propertyKey']);
  requirePermission(ctx, issue, 'EDIT_ISSUES', EDIT_DENIED);
  if (!ctx.site.store.properties.delete(issue.id, key)) throw notFound(`The property with key '${key}' does not exist.`);
  return noContent();
};

interface BulkEntry {
  issueId: number;
  values: Array<[string, string]>;
}

function parseBulk(body: unknown): BulkEntry[] {
  const issues = bodyObject(body)['issues'];
  if (!Array.isArray(issues) || issues.length === 0) throw badRequest('issues must be a non-empty list.');
  if (issues.length > MAX_BULK_ISSUES) throw badRequest(`At most ${MAX_BULK_ISSUES} issues can be updated at once.`);
  return issues.map((entry, index) => {
    const object = optionalObject(entry);
    const issueId = object?.['issueID'];
    const properties = optionalObject(object?.['properties']);
    if (typeof issueId !== 'number' || !Number.isInteger(issueId) || !properties) {
      throw badRequest(`issues[${index}] needs a numeric issueID and a properties object.`);
    }
    return { issueId, values: Object.entries(properties).map(([key, value]) => [checkKey(key), valueText(value)] as [string, string]) };
  });
}

const bulkSet: RouteHandler = (ctx) => {
  const entries = parseBulk(ctx.body);
  const store = ctx.site.store;
  // Jira validates the whole request before writing: one hidden or read-only issue fails it all.
  for (const entry of entries) {
    const issue = store.issues.find(entry.issueId);
    if (!issue || !ctx.site.permissions.canBrowse(ctx.actor, issue.projectId)) {
      throw new JiraHttpError(400, [`Issue with id ${entry.issueId} does not exist or you do not have permission to see it.`]);
    }
    if (!ctx.site.permissions.has(ctx.actor, issue.projectId, 'EDIT_ISSUES')) throw forbidden(EDIT_DENIED);
  }
  store.transaction(() => {
    for (const entry of entries) for (const [key, value] of entry.values) store.properties.set(entry.issueId, key, value);
  });
  const at = ctx.site.now().getTime();
  const task = store.tasks.add('Bulk issue property update', at, { updated: entries.length, submittedBy: actingAccountId(ctx) });
  const location = `${ctx.site.baseUrl}/rest/api/3/task/${task.id}`;
  return { status: 303, headers: { location }, body: '' };
};

const getTask: RouteHandler = (ctx) => {
  const id = Number(ctx.params['taskId']);
  const task = Number.isInteger(id) ? ctx.site.store.tasks.get(id) : undefined;
  if (!task) throw notFound(`Task with id ${ctx.params['taskId'] ?? ''} does not exist.`);
  return ok({
    self: `${ctx.site.baseUrl}/rest/api/3/task/${task.id}`,
    id: String(task.id),
    description: task.description,
    status: 'COMPLETE',
    message: 'Task completed.',
    result: task.result,
    submittedBy: 0,
    progress: 100,
    elapsedRuntime: task.finishedAt - task.submittedAt,
    submitted: task.submittedAt,
    started: task.submittedAt,
    finished: task.finishedAt,
    lastUpdate: task.finishedAt,
  });
};

export const propertyRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/properties', listKeys],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', getProperty],
  ['PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', setProperty],
  ['DELETE', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', deleteProperty],
  ['POST', '/rest/api/3/issue/properties/multi', bulkSet],
  ['GET', '/rest/api/3/task/{taskId}', getTask],
];
