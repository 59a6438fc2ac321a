import { compareText, literalOf } from './literal';
import { operatorSets, type FieldDefinition, type Operator } from '../field-definition';
import { compileTextQuery } from '../text-search';
import type { JqlIssueView } from '../types';

function nonBlank(...texts: string[]): string[] {
  return texts.filter((text) => text.trim() !== '');
}

/** summary, description: `~`, `!~` and EMPTY checks. Jira sorts by summary but not by description. */
export function textField(name: string, read: (issue: JqlIssueView) => string, sortable: boolean): FieldDefinition {
  return {
    name,
    operators: operatorSets.text,
    values: (issue) => nonBlank(read(issue)),
    resolve: (term) => [literalOf(term, name)],
    compileTextQuery: (query) => compileTextQuery(query, name),
    ...(sortable ? { sort: { key: read, compare: compareText, defaultDirection: 'asc' as const } } : {}),
  };
}

/**
 * `text`: Jira's all-text search. It matches when the query matches any one text field (summary
 * or description here; the sandbox has no environment or comments), as Jira ORs the per-field
 * searches.
 */
export function allTextField(name: string): FieldDefinition {
  return {
    name,
    operators: new Set<Operator>(['~']),
    values: (issue) => nonBlank(issue.summary, issue.descriptionText),
    resolve: (term) => [literalOf(term, name)],
    compileTextQuery: (query) => compileTextQuery(query, name),
  };
}
