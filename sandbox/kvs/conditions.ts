/**
 * The conditions @forge/kvs sends (WhereConditions / FilterConditions, node_modules/@forge/kvs/out/conditions.js)
 * and how they match a stored value. Used by key queries, entity index ranges, entity filters and
 * transaction conditions.
 */
import { badRequest } from './errors';
import { QUERY_MAX_CONDITIONS } from './limits';

export interface Condition {
  condition: string;
  values: unknown[];
}

export interface FilterItem extends Condition {
  property: string;
}

export interface Filters {
  and?: FilterItem[];
  or?: FilterItem[];
}

export const RANGE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;

export const FILTER_CONDITIONS = [
  ...RANGE_CONDITIONS,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
] as const;

const VALUE_COUNT: Record<string, number> = { BETWEEN: 2 };

/** Checks a condition's shape; `allowed` is the set the caller accepts. */
export function checkCondition(input: unknown, allowed: readonly string[]): Condition {
  const c = input as Partial<Condition> | null;
  if (!c || typeof c.condition !== 'string' || !allowed.includes(c.condition)) {
    throw badRequest('INVALID_FILTER_CONDITION', `The condition '${String(c?.condition)}' is not supported here.`);
  }
  if (!Array.isArray(c.values)) {
    throw badRequest('INVALID_FILTER_VALUES', `The condition ${c.condition} needs a values array.`);
  }
  const expected = VALUE_COUNT[c.condition] ?? 1;
  if (c.values.length < expected) {
    throw badRequest('INSUFFICIENT_FILTER_VALUES', `The condition ${c.condition} needs ${expected} value(s).`);
  }
  if (c.values.length > expected) {
    throw badRequest('INVALID_FILTER_VALUES', `The condition ${c.condition} takes ${expected} value(s).`);
  }
  return { condition: c.condition, values: c.values };
}

/** Checks a filter group: exactly one of `and` / `or`, non-empty, known conditions. */
export function checkFilters(input: unknown): Filters {
  const f = input as Filters | null;
  if (!f || typeof f !== 'object') throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  if (f.and !== undefined && f.or !== undefined) {
    throw badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  }
  const items = f.and ?? f.or;
  if (!Array.isArray(items) || items.length === 0) {
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  if (items.length > QUERY_MAX_CONDITIONS) {
    throw badRequest('INVALID_FILTER_VALUES', `A query can have at most ${QUERY_MAX_CONDITIONS} conditions.`);
  }
  const checked = items.map((item) => {
    if (!item || typeof item.property !== 'string' || item.property === '') {
      throw badRequest('INVALID_FILTER_VALUES', 'Every filter needs a property name.');
    }
    return { property: item.property, ...checkCondition(item, FILTER_CONDITIONS) };
  });
  return f.and !== undefined ? { and: checked } : { or: checked };
}

type Scalar = string | number | boolean;

/** Orders two values of the same kind; null when they cannot be compared (different kinds). */
export function compareValues(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return null;
}

const ordered = (actual: unknown, expected: unknown, test: (n: number) => boolean): boolean => {
  const c = compareValues(actual, expected);
  return c !== null && test(c);
};

/** True when `actual` (undefined when the attribute is absent) satisfies the condition. */
export function matches(actual: unknown, { condition, values }: Condition): boolean {
  const [first, second] = values as [Scalar, Scalar];
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined && actual !== null;
    case 'NOT_EXISTS':
      return actual === undefined || actual === null;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'BETWEEN':
      return ordered(actual, first, (c) => c >= 0) && ordered(actual, second, (c) => c <= 0);
    case 'GREATER_THAN':
      return ordered(actual, first, (c) => c > 0);
    case 'GREATER_THAN_EQUAL_TO':
      return ordered(actual, first, (c) => c >= 0);
    case 'LESS_THAN':
      return ordered(actual, first, (c) => c < 0);
    case 'LESS_THAN_EQUAL_TO':
      return ordered(actual, first, (c) => c <= 0);
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return actual !== undefined && actual !== null && !contains(actual, first);
    default:
      return false;
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

/** True when a record satisfies every (`and`) or any (`or`) filter. */
export function matchesFilters(record: Record<string, unknown>, filters: Filters): boolean {
  if (filters.and) return filters.and.every((f) => matches(record[f.property], f));
  if (filters.or) return filters.or.some((f) => matches(record[f.property], f));
  return true;
}
