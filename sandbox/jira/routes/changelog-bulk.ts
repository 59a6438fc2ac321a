/**
 * POST /rest/api/3/changelog/bulkfetch: the changelogs of up to 1000 issues, optionally only the items of
 * up to 10 fields, oldest change first (ties by issue id, then history id), `maxResults` histories a page.
 * A page groups its histories by issue; an issue's histories may continue on the next page, in order, and
 * the token resumes exactly after the last history sent, so no history is lost or sent twice. Issues the
 * caller cannot browse, and ids that name no issue, are left out.
 */
import { bodyObject } from '../http/body';
import { badRequest } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { changelogJson } from '../present/activity';
import type { ChangelogRecord } from '../store';

const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;
const DEFAULT_PAGE = 1000;
const MAX_PAGE = 10000;

interface BulkRequest {
  issueIdsOrKeys: string[];
  fieldIds: string[];
  maxResults: number;
  nextPageToken: string | null;
}

interface PageToken {
  /** What the token was issued for: a token only continues the same request. */
  request: string;
  offset: number;
}

function stringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
    throw badRequest(`${name} must be a list of strings.`);
  }
  return value.map(String);
}

function parseRequest(body: unknown): BulkRequest {
  const object = bodyObject(body);
  if (object['issueIdsOrKeys'] === undefined) throw badRequest('issueIdsOrKeys must contain between 1 and 1000 issue IDs or keys.');
  const issueIdsOrKeys = stringArray(object['issueIdsOrKeys'], 'issueIdsOrKeys');
  if (issueIdsOrKeys.length < 1 || issueIdsOrKeys.length > MAX_ISSUES) throw badRequest(`issueIdsOrKeys must contain between 1 and ${MAX_ISSUES} issue IDs or keys.`);
  const fieldIds = object['fieldIds'] === undefined ? [] : stringArray(object['fieldIds'], 'fieldIds');
  if (fieldIds.length > MAX_FIELDS) throw badRequest(`fieldIds must contain at most ${MAX_FIELDS} field IDs.`);
  if (new Set(fieldIds).size !== fieldIds.length) throw badRequest('fieldIds must not contain duplicates.');
  const maxResults = object['maxResults'] ?? DEFAULT_PAGE;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_PAGE) {
    throw badRequest(`maxResults must be an integer between 1 and ${MAX_PAGE}.`);
  }
  const token = object['nextPageToken'];
  if (token !== undefined && token !== null && typeof token !== 'string') throw badRequest('nextPageToken must be a string.');
  return { issueIdsOrKeys, fieldIds, maxResults, nextPageToken: typeof token === 'string' ? token : null };
}

function requestKey(request: BulkRequest): string {
  return JSON.stringify([request.issueIdsOrKeys, request.fieldIds]);
}

function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');
}

function decodeToken(text: string, request: string): number {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (token.request === request && typeof token.offset === 'number' && Number.isInteger(token.offset) && token.offset >= 0) return token.offset;
  } catch {
    // falls through to the error below
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

/** Every matching history of the visible issues, in the documented order, items filtered to the fields. */
function histories(ctx: RouteContext, request: BulkRequest): ChangelogRecord[] {
  const ids = new Set<number>();
  for (const ref of request.issueIdsOrKeys) {
    const issue = ctx.site.store.issues.find(ref);
    if (issue && ctx.site.permissions.canBrowse(ctx.actor, issue.projectId)) ids.add(issue.id);
  }
  const fields = new Set(request.fieldIds);
  const all: ChangelogRecord[] = [];
  for (const id of ids) {
    for (const history of ctx.site.store.activity.changelogs(id)) {
      if (fields.size === 0) {
        all.push(history);
        continue;
      }
      const items = history.items.filter((item) => item.fieldId !== undefined && fields.has(item.fieldId));
      if (items.length > 0) all.push({ ...history, items });
    }
  }
  return all.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.issueId - b.issueId || a.id - b.id));
}

const bulkFetch: RouteHandler = (ctx) => {
  const request = parseRequest(ctx.body);
  const key = requestKey(request);
  const offset = request.nextPageToken ? decodeToken(request.nextPageToken, key) : 0;
  const all = histories(ctx, request);
  const page = all.slice(offset, offset + request.maxResults);
  const byIssue = new Map<number, ChangelogRecord[]>();
  for (const history of page) {
    const list = byIssue.get(history.issueId);
    if (list) list.push(history);
    else byIssue.set(history.issueId, [history]);
  }
  const next = offset + page.length;
  return ok({
    issueChangeLogs: [...byIssue].map(([issueId, list]) => ({ issueId: String(issueId), changeHistories: list.map((history) => changelogJson(ctx.site, history)) })),
    // Absent on the last page: the schema types the token as a string, not as nullable.
    nextPageToken: next < all.length ? encodeToken({ request: key, offset: next }) : undefined,
  });
};

export const changelogBulkRoutes: Array<[string, string, RouteHandler]> = [['POST', '/rest/api/3/changelog/bulkfetch', bulkFetch]];
