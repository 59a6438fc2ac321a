/** A whole issue (IssueBean) with the fields, expansions and properties a request asked for. */
import type { IssueRecord } from '../store';
import { changelogJson } from './activity';
import { fieldName, fieldValue, renderedFieldValue } from './issue-fields';
import type { Site } from './site';

export interface IssueBeanOptions {
  fields: Set<string>;
  expand: Set<string>;
  /** Property keys to include (`*all` for every property). */
  properties: string[];
}

export function parseExpand(value: string | string[] | undefined | null): Set<string> {
  if (value === undefined || value === null) return new Set();
  const parts = Array.isArray(value) ? value.flatMap((item) => String(item).split(',')) : value.split(',');
  return new Set(parts.map((part) => part.trim()).filter(Boolean));
}

export function issueBeanJson(site: Site, issue: IssueRecord, options: IssueBeanOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of options.fields) {
    const value = fieldValue(site, issue, field);
    if (value !== undefined) fields[field] = value;
  }
  const bean: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(issue.id),
    self: `${site.baseUrl}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
  };
  if (options.fields.size > 0) bean['fields'] = fields;
  if (options.expand.has('renderedFields')) {
    const rendered: Record<string, unknown> = {};
    for (const field of Object.keys(fields)) rendered[field] = renderedFieldValue(site, issue, field);
    bean['renderedFields'] = rendered;
  }
  if (options.expand.has('names')) {
    const names: Record<string, string> = {};
    for (const field of Object.keys(fields)) names[field] = fieldName(field);
    bean['names'] = names;
  }
  if (options.expand.has('changelog')) {
    const histories = site.store.activity.changelogs(issue.id);
    bean['changelog'] = {
      startAt: 0,
      maxResults: histories.length,
      total: histories.length,
      histories: histories.map((history) => changelogJson(site, history)),
    };
  }
  if (options.properties.length > 0) {
    const all = site.store.properties.ofOneIssue(issue.id);
    const wanted = options.properties.includes('*all') ? Object.keys(all) : options.properties;
    const properties: Record<string, unknown> = {};
    for (const key of wanted) if (key in all) properties[key] = all[key];
    bean['properties'] = properties;
  }
  return bean;
}
