/** Enhanced JQL search (`/search/jql`, token paging, no total) and the approximate count. */
import { bodyObject, intParam, stringList } from '../http/body';
import { badRequest } from '../http/jira-error';
import { ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { loadIssues, searchIssues } from '../jql-search';
import { asksForFields, parseFieldList, selectFields } from '../present/field-selection';
import { issueBeanJson, parseExpand } from '../present/issue-bean';

const DEFAULT_PAGE = 50;
const FIELDS_PAGE_CAP = 100;
const ID_ONLY_PAGE_CAP = 5000;

interface SearchRequest {
  jql: string;
  nextPageToken: string | null;
  maxResults: number | null;
  fields: string[];
  expand: Set<string>;
  properties: string[];
}

interface PageToken {
  jql: string;
  offset: number;
}

function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token), 'utf8').toString('base64url');
}

function decodeToken(text: string, jql: string): number {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (token.jql === jql && typeof token.offset === 'number' && Number.isInteger(token.offset) && token.offset >= 0) return token.offset;
  } catch {
    // falls through to the error below
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

function fromQuery(ctx: RouteContext): SearchRequest {
  const maxResults = ctx.query.get('maxResults');
  return {
    jql: ctx.query.get('jql') ?? '',
    nextPageToken: ctx.query.get('nextPageToken'),
    maxResults: maxResults === null ? null : intParam(maxResults, DEFAULT_PAGE, 'maxResults'),
    fields: parseFieldList(ctx.query.getAll('fields')),
    expand: parseExpand(ctx.query.getAll('expand')),
    properties: parseFieldList(ctx.query.getAll('properties')),
  };
}

function fromBody(ctx: RouteContext): SearchRequest {
  const body = bodyObject(ctx.body ?? {});
  const maxResults = body['maxResults'];
  if (maxResults !== undefined && maxResults !== null && (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 0)) {
    throw badRequest('maxResults must be a non-negative integer.');
  }
  if (body['jql'] !== undefined && typeof body['jql'] !== 'string') throw badRequest('jql must be a string.');
  const token = body['nextPageToken'];
  return {
    jql: typeof body['jql'] === 'string' ? body['jql'] : '',
    nextPageToken: typeof token === 'string' ? token : null,
    maxResults: typeof maxResults === 'number' ? maxResults : null,
    fields: stringList(body['fields']),
    expand: parseExpand(typeof body['expand'] === 'string' || Array.isArray(body['expand']) ? (body['expand'] as string | string[]) : undefined),
    properties: stringList(body['properties']),
  };
}

function search(ctx: RouteContext, request: SearchRequest) {
  const offset = request.nextPageToken ? decodeToken(request.nextPageToken, request.jql) : 0;
  const cap = asksForFields(request.fields) ? FIELDS_PAGE_CAP : ID_ONLY_PAGE_CAP;
  const pageSize = Math.max(1, Math.min(request.maxResults ?? DEFAULT_PAGE, cap));
  const matches = searchIssues(ctx.site, ctx.manifest, ctx.actor, request.jql);
  const page = matches.slice(offset, offset + pageSize);
  const next = offset + page.length;
  const isLast = next >= matches.length;
  const fields = selectFields(request.fields, []);
  return ok({
    issues: loadIssues(ctx.site, page).map((issue) => issueBeanJson(ctx.site, issue, { fields, expand: request.expand, properties: request.properties })),
    nextPageToken: isLast ? undefined : encodeToken({ jql: request.jql, offset: next }),
    isLast,
  });
}

const searchGet: RouteHandler = (ctx) => search(ctx, fromQuery(ctx));
const searchPost: RouteHandler = (ctx) => search(ctx, fromBody(ctx));

const approximateCount: RouteHandler = (ctx) => {
  const body = bodyObject(ctx.body ?? {});
  if (typeof body['jql'] !== 'string') throw badRequest('jql must be a string.');
  return ok({ count: searchIssues(ctx.site, ctx.manifest, ctx.actor, body['jql']).length });
};

export const searchRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/search/jql', searchGet],
  ['POST', '/rest/api/3/search/jql', searchPost],
  ['POST', '/rest/api/3/search/approximate-count', approximateCount],
];
