/**
 * Project entity properties: list keys, read, write, delete. Reading needs Browse projects (a hidden
 * project is not found); writing and deleting need Administer projects (403). Values are JSON of at most
 * 32,768 characters, keys at most 255.
 */
import { badRequest, forbidden, notFound } from '../http/jira-error';
import { json, noContent, ok } from '../http/responses';
import type { RouteContext, RouteHandler } from '../http/route-context';
import { browsableProject } from '../project-access';
import type { ProjectRecord } from '../store';

const MAX_VALUE_LENGTH = 32768;
const MAX_KEY_LENGTH = 255;

function checkKey(key: string | undefined): string {
  if (!key || key.length > MAX_KEY_LENGTH) throw badRequest(`The property key must be between 1 and ${MAX_KEY_LENGTH} characters long.`);
  return key;
}

function administrable(ctx: RouteContext): ProjectRecord {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  if (!ctx.site.permissions.has(ctx.actor, project.id, 'ADMINISTER_PROJECTS')) throw forbidden('You do not have permission to administer this project.');
  return project;
}

function propertyUrl(ctx: RouteContext, project: ProjectRecord, key: string): string {
  return `${ctx.site.baseUrl}/rest/api/3/project/${project.key}/properties/${encodeURIComponent(key)}`;
}

const listKeys: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  return ok({ keys: ctx.site.store.projectProperties.keys(project.id).map((key) => ({ self: propertyUrl(ctx, project, key), key })) });
};

const getProperty: RouteHandler = (ctx) => {
  const project = browsableProject(ctx, ctx.params['projectIdOrKey']);
  const key = checkKey(ctx.params['propertyKey']);
  const value = ctx.site.store.projectProperties.get(project.id, key);
  if (value === undefined) throw notFound(`The property with key '${key}' does not exist.`);
  return ok({ key, value });
};

const setProperty: RouteHandler = (ctx) => {
  const project = administrable(ctx);
  const key = checkKey(ctx.params['propertyKey']);
  if (ctx.body === undefined) throw badRequest('The property value must be a valid, non-empty JSON blob.');
  const text = JSON.stringify(ctx.body);
  if (text.length > MAX_VALUE_LENGTH) throw badRequest(`The property value exceeds the maximum length of ${MAX_VALUE_LENGTH} characters.`);
  return json(ctx.site.store.projectProperties.set(project.id, key, text) ? 201 : 200, {});
};

const deleteProperty: RouteHandler = (ctx) => {
  const project = administrable(ctx);
  const key = checkKey(ctx.params['propertyKey']);
  if (!ctx.site.store.projectProperties.delete(project.id, key)) throw notFound(`The property with key '${key}' does not exist.`);
  return noContent();
};

export const projectPropertyRoutes: Array<[string, string, RouteHandler]> = [
  ['GET', '/rest/api/3/project/{projectIdOrKey}/properties', listKeys],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', getProperty],
  ['PUT', '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', setProperty],
  ['DELETE', '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', deleteProperty],
];
