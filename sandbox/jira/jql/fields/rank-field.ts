import { compareScalars, type FieldDefinition, type Operator } from '../field-definition';
import { literalOf } from './literal';

/**
 * Rank: Jira only sorts by it (ORDER BY Rank, ascending by default = backlog order); it cannot be
 * searched. Issues without a rank sort after ranked ones.
 */
export function rankField(name: string): FieldDefinition {
  return {
    name,
    operators: new Set<Operator>(),
    values: (issue) => (issue.rank ? [issue.rank] : []),
    resolve: (term) => [literalOf(term, name)],
    sort: { key: (issue) => issue.rank ?? null, compare: compareScalars, defaultDirection: 'asc' },
  };
}
