import type { Field } from '@atlaskit/jql-ast';
import { jqlErrors } from './errors';
import type { FieldDefinition } from './field-definition';
import { dateField } from './fields/date-fields';
import { keyField } from './fields/key-field';
import { labelsField, nameField, priorityField, projectField, statusCategoryField } from './fields/name-fields';
import { numberField } from './fields/number-field';
import { parentField } from './fields/parent-field';
import { rankField } from './fields/rank-field';
import { propertyField, propertyPath } from './fields/property-field';
import { sprintField } from './fields/sprint-field';
import { allTextField, textField } from './fields/text-fields';
import { userField } from './fields/user-fields';
import { versionField } from './fields/version-field';
import type { JqlContext } from './types';

type FieldFactory = (name: string, ctx: JqlContext) => FieldDefinition;

const dateTime = (read: Parameters<typeof dateField>[2]): FieldFactory => (name, ctx) =>
  dateField(name, ctx, read, { dateOnly: false, defaultDirection: 'desc' });
const storyPoints: FieldFactory = (name) => numberField(name, (issue) => issue.storyPoints);
const issueKey: FieldFactory = (name, ctx) => keyField(name, 'key', ctx);

/** System and custom fields the sandbox evaluates, by lower-cased JQL name (Jira's names are case-insensitive). */
const FIELDS: Record<string, FieldFactory> = {
  project: (name, ctx) => projectField(name, ctx),
  issuetype: (name) => nameField(name, (issue) => issue.issueType),
  type: (name) => nameField(name, (issue) => issue.issueType),
  status: (name) => nameField(name, (issue) => issue.status),
  statuscategory: (name) => statusCategoryField(name),
  sprint: (name, ctx) => sprintField(name, ctx),
  assignee: (name, ctx) => userField(name, ctx, (issue) => issue.assignee),
  reporter: (name, ctx) => userField(name, ctx, (issue) => issue.reporter),
  labels: (name) => labelsField(name),
  priority: (name, ctx) => priorityField(name, ctx),
  key: issueKey,
  issuekey: issueKey,
  id: (name, ctx) => keyField(name, 'id', ctx),
  duedate: (name, ctx) => dateField(name, ctx, (issue) => issue.duedate, { dateOnly: true, defaultDirection: 'asc' }),
  due: (name, ctx) => dateField(name, ctx, (issue) => issue.duedate, { dateOnly: true, defaultDirection: 'asc' }),
  created: dateTime((issue) => issue.created),
  createddate: dateTime((issue) => issue.created),
  updated: dateTime((issue) => issue.updated),
  updateddate: dateTime((issue) => issue.updated),
  resolved: dateTime((issue) => issue.resolutiondate),
  resolutiondate: dateTime((issue) => issue.resolutiondate),
  'story points': storyPoints,
  'story point estimate': storyPoints,
  'cf[10016]': storyPoints,
  customfield_10016: storyPoints,
  summary: (name) => textField(name, (issue) => issue.summary, true),
  description: (name) => textField(name, (issue) => issue.descriptionText, false),
  text: (name) => allTextField(name),
  rank: (name) => rankField(name),
  fixversion: (name, ctx) => versionField(name, ctx),
  parent: (name, ctx) => parentField(name, ctx),
};

/** Jira fields the sandbox has no data for: refused by name, not reported as unknown. */
const SANDBOX_UNSUPPORTED_FIELDS = new Set(
  [
    'affectedVersion', 'approvals', 'attachments', 'category', 'comment', 'component', 'creator', 'environment',
    'epic link', 'filter', 'issueLink', 'issueLinkType', 'lastViewed', 'level', 'originalEstimate',
    'remainingEstimate', 'resolution', 'subtasks', 'team', 'timeSpent', 'voter', 'votes',
    'watcher', 'watchers', 'workRatio', 'worklogAuthor', 'worklogComment', 'worklogDate', 'development',
    'statusCategoryChangedDate', 'flagged', 'epic name', 'parentEpic',
  ].map((name) => name.toLowerCase()),
);

/** Fields for which Jira keeps history (WAS / CHANGED); Jira refuses those operators elsewhere. */
const HISTORY_FIELDS = new Set(['assignee', 'fixversion', 'priority', 'reporter', 'resolution', 'status']);

export function fieldKeepsHistory(fieldName: string): boolean {
  return HISTORY_FIELDS.has(fieldName.toLowerCase());
}

/** Looks fields up for one compile; throws JqlError for fields the sandbox cannot evaluate. */
export function createFieldLookup(ctx: JqlContext): (field: Field) => FieldDefinition {
  const aliases = new Map(Object.entries(ctx.aliases).map(([alias, spec]) => [alias.toLowerCase(), spec]));
  return (field) => {
    const name = field.value;
    const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
    const properties = field.properties ?? [];
    if (lower === 'issue.property') {
      const property = properties[0];
      if (!property?.key) throw jqlErrors.unknownField(name);
      const path = (property.path ?? []).flatMap((step) => propertyPath(step.value));
      const declared = Object.values(ctx.aliases).find(
        (alias) => alias.propertyKey === property.key?.value && propertyPath(alias.path).join('.') === path.join('.'),
      );
      const display = `issue.property[${property.key.value}]${path.map((step) => `.${step}`).join('')}`;
      return propertyField(display, ctx, property.key.value, path, declared?.type ?? null);
    }
    if (properties.length > 0) throw jqlErrors.unknownField(field.text);
    const factory = FIELDS[lower];
    if (factory) return factory(name, ctx);
    const alias = aliases.get(lower);
    if (alias) return propertyField(name, ctx, alias.propertyKey, propertyPath(alias.path), alias.type);
    if (SANDBOX_UNSUPPORTED_FIELDS.has(lower)) throw jqlErrors.fieldNotSupportedBySandbox(name);
    // Other custom fields (cf[n]) land here too: the sandbox site only has Story Points.
    throw jqlErrors.unknownField(name);
  };
}
