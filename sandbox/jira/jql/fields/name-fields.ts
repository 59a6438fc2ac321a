import { jqlErrors } from '../errors';
import { compareScalars, operatorSets, type FieldDefinition, type Scalar } from '../field-definition';
import type { JqlContext, JqlIssueView } from '../types';
import { compareText, literalOf, lowerOrEmpty } from './literal';

/** Fields matched by name, case-insensitively, as Jira does: status, issue type. */
export function nameField(name: string, read: (issue: JqlIssueView) => string | null): FieldDefinition {
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => lowerOrEmpty(read(issue)),
    resolve: (term) => [literalOf(term, name).toLowerCase()],
    // Jira sorts these by the admin-defined sequence, which the sandbox does not have: by name instead.
    sort: { key: (issue) => read(issue), compare: compareText, defaultDirection: 'asc' },
  };
}

/** Labels: multi-valued; matched case-insensitively (Jira since 7.10). */
export function labelsField(name: string): FieldDefinition {
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => issue.labels.map((label) => label.toLowerCase()),
    resolve: (term) => [literalOf(term, name).toLowerCase()],
  };
}

/** Project: by key, id or name (case-insensitive); unknown projects are refused when the context lists them. */
export function projectField(name: string, ctx: JqlContext): FieldDefinition {
  const known = ctx.projects
    ? new Set(ctx.projects.flatMap((p) => [p.key.toLowerCase(), p.id, p.name.toLowerCase()]))
    : null;
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => [issue.projectKey.toLowerCase(), issue.projectId, issue.projectName.toLowerCase()],
    resolve: (term) => {
      const value = literalOf(term, name);
      if (known && !known.has(value.toLowerCase())) throw jqlErrors.valueDoesNotExist(value, name);
      return [value.toLowerCase()];
    },
    sort: { key: (issue) => issue.projectName, compare: compareText, defaultDirection: 'asc' },
  };
}

const DEFAULT_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

/** Priority: by name; ordered by the site's priority list, so `priority > Medium` means more urgent. */
export function priorityField(name: string, ctx: JqlContext): FieldDefinition {
  const names = (ctx.priorities ?? DEFAULT_PRIORITIES).map((p) => p.toLowerCase());
  const rank = (value: Scalar): number | null => {
    const index = names.indexOf(String(value));
    return index < 0 ? null : names.length - index;
  };
  return {
    name,
    operators: operatorSets.ordered,
    values: (issue) => lowerOrEmpty(issue.priority),
    resolve: (term) => [literalOf(term, name).toLowerCase()],
    compare: (a, b) => {
      const left = rank(a);
      const right = rank(b);
      return left === null || right === null ? null : left - right;
    },
    sort: { key: (issue) => (issue.priority ? rank(issue.priority.toLowerCase()) : null), compare: compareScalars, defaultDirection: 'desc' },
  };
}

const CATEGORY_BY_VALUE: Record<string, JqlIssueView['statusCategory']> = {
  'to do': 'new',
  new: 'new',
  '2': 'new',
  'in progress': 'indeterminate',
  indeterminate: 'indeterminate',
  '4': 'indeterminate',
  done: 'done',
  '3': 'done',
};
const CATEGORY_ORDER = { new: 1, indeterminate: 2, done: 3 } as const;

/** statusCategory: by name ("To Do", "In Progress", "Done"), key or id. */
export function statusCategoryField(name: string): FieldDefinition {
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => [issue.statusCategory],
    resolve: (term) => {
      const value = literalOf(term, name);
      const category = CATEGORY_BY_VALUE[value.toLowerCase()];
      if (!category) throw jqlErrors.valueDoesNotExist(value, name);
      return [category];
    },
    sort: { key: (issue) => CATEGORY_ORDER[issue.statusCategory], compare: compareScalars, defaultDirection: 'asc' },
  };
}
