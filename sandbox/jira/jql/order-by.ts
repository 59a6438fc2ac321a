import type { Field, OrderBy } from '@atlaskit/jql-ast';
import { jqlErrors } from './errors';
import type { FieldDefinition, Scalar } from './field-definition';
import type { JqlIssueView } from './types';

export type IssueComparator = (a: JqlIssueView, b: JqlIssueView) => number;

/**
 * Jira's order when the JQL has no ORDER BY, and the last tie-breaker otherwise: newest issue
 * first by numeric id (the same as key descending within a project). Jira Cloud's issue
 * navigator shows `created DESC`; for issues created in id order the two agree.
 */
export const defaultOrder: IssueComparator = (a, b) => {
  const difference = Number(b.id) - Number(a.id);
  if (!Number.isNaN(difference) && difference !== 0) return difference;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

/**
 * ORDER BY: keys in turn, each ascending or descending (each field has Jira's default direction
 * when none is written: dates and priority descending, the rest ascending). EMPTY counts as
 * greater than any value: last when ascending, first when descending.
 */
export function compileOrderBy(orderBy: OrderBy, lookup: (field: Field) => FieldDefinition): IssueComparator {
  const keys = orderBy.fields.map((orderField) => {
    const field = lookup(orderField.field);
    if (field.sortUnsupportedBySandbox) throw jqlErrors.sortNotSupportedBySandbox(field.name);
    if (!field.sort) throw jqlErrors.notSortable(field.name);
    const direction = orderField.direction ? (orderField.direction.value === 'DESC' ? 'desc' : 'asc') : field.sort.defaultDirection;
    return { ...field.sort, sign: direction === 'desc' ? -1 : 1 };
  });
  // A sort calls the comparator O(n log n) times; read each issue's keys (dates are parsed) once.
  const cache = new WeakMap<JqlIssueView, (Scalar | null)[]>();
  const keysOf = (issue: JqlIssueView) => {
    let values = cache.get(issue);
    if (!values) {
      values = keys.map((key) => key.key(issue));
      cache.set(issue, values);
    }
    return values;
  };
  return (a, b) => {
    const left = keysOf(a);
    const right = keysOf(b);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const difference = compareWithEmpty(left[i]!, right[i]!, key.compare) * key.sign;
      if (difference !== 0) return difference;
    }
    return defaultOrder(a, b);
  };
}

function compareWithEmpty(a: Scalar | null, b: Scalar | null, compare: (a: Scalar, b: Scalar) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
}
