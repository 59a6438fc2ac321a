import { compareScalars, operatorSets, type FieldDefinition, type Operator, type Scalar } from '../field-definition';
import { compileTextQuery } from '../text-search';
import type { JqlAlias, JqlContext, JqlIssueView } from '../types';
import { dateResolver, parseStoredDate } from './date-fields';
import { literalOf } from './literal';
import { numberResolver } from './number-field';
import { userResolver } from './user-fields';

type PropertyType = JqlAlias['type'];

/** Values at a dot path of an issue property; arrays count element by element, as Jira indexes them. */
function valuesAt(issue: JqlIssueView, propertyKey: string, path: readonly string[]): unknown[] {
  let value: unknown = issue.properties[propertyKey];
  for (const step of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[step];
  }
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : [value];
}

/** How Jira indexes a raw JSON value for each declared type; values of the wrong shape are not indexed. */
function indexValue(raw: unknown, type: PropertyType | null): Scalar | null {
  switch (type) {
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    case 'date':
      return typeof raw === 'string' ? parseStoredDate(raw) : null;
    case 'string':
    case 'text':
    case 'user':
      return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : null;
    case null:
      return typeof raw === 'number' ? raw : typeof raw === 'string' || typeof raw === 'boolean' ? String(raw) : null;
  }
}

const OPERATORS: Record<PropertyType | 'untyped', ReadonlySet<Operator>> = {
  number: operatorSets.ordered,
  date: operatorSets.ordered,
  string: operatorSets.equality,
  user: operatorSets.equality,
  text: operatorSets.text,
  untyped: operatorSets.ordered,
};

/**
 * An issue property value, reached by alias (`accordReadiness`) or by
 * `issue.property[key].path`. Typed by the alias declaration (jira:entityProperty). An
 * undeclared property path is typed by its JSON values: numbers compare as numbers, strings and
 * booleans as exact strings.
 */
export function propertyField(
  name: string,
  ctx: JqlContext,
  propertyKey: string,
  path: readonly string[],
  type: PropertyType | null,
): FieldDefinition {
  const values = (issue: JqlIssueView): Scalar[] => {
    const result: Scalar[] = [];
    for (const raw of valuesAt(issue, propertyKey, path)) {
      const value = indexValue(raw, type);
      if (value !== null) result.push(value);
    }
    return result;
  };
  const resolveNumber = numberResolver(name);
  const resolveDate = dateResolver(ctx, name);
  const resolveUser = userResolver(ctx, name);
  const resolve: FieldDefinition['resolve'] = (term) => {
    switch (type) {
      case 'number':
        return [resolveNumber(term)];
      case 'date':
        return [resolveDate(term)];
      case 'user':
        return resolveUser(term);
      case 'string':
      case 'text':
        return [literalOf(term, name)];
      case null: {
        const literal = literalOf(term, name);
        const number = Number(literal);
        return literal.trim() !== '' && Number.isFinite(number) ? [number, literal] : [literal];
      }
    }
  };
  const sortable = type !== 'text' && type !== 'user';
  return {
    name,
    operators: OPERATORS[type ?? 'untyped'],
    values,
    resolve,
    // Mixed kinds (a number against a string) never compare.
    compare: (a, b) => (typeof a === typeof b ? compareScalars(a, b) : null),
    ...(type === 'text' ? { compileTextQuery: (query: string) => compileTextQuery(query, name) } : {}),
    ...(sortable
      ? { sort: { key: (issue: JqlIssueView) => values(issue)[0] ?? null, compare: compareScalars, defaultDirection: 'asc' as const } }
      : {}),
  };
}

/** Splits the parser's path argument (".state" or ".a.b") or an alias path ("a.b") into steps. */
export function propertyPath(path: string): string[] {
  return path.split('.').filter((step) => step !== '');
}
