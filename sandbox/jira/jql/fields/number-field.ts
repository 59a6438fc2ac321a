import { jqlErrors } from '../errors';
import { compareScalars, operatorSets, type FieldDefinition } from '../field-definition';
import type { SingleTerm } from '../operand-term';
import type { JqlIssueView } from '../types';
import { literalOf } from './literal';

export function numberResolver(field: string): (term: SingleTerm) => number {
  return (term) => {
    const value = literalOf(term, field).trim();
    const number = value === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number)) throw jqlErrors.invalidNumber(value, field);
    return number;
  };
}

/** A number field such as Story Points (customfield_10016). */
export function numberField(name: string, read: (issue: JqlIssueView) => number | null): FieldDefinition {
  const resolveNumber = numberResolver(name);
  return {
    name,
    operators: operatorSets.ordered,
    values: (issue) => {
      const value = read(issue);
      return value === null ? [] : [value];
    },
    resolve: (term) => [resolveNumber(term)],
    compare: compareScalars,
    sort: { key: read, compare: compareScalars, defaultDirection: 'asc' },
  };
}
