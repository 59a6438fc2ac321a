import type { SingleTerm } from './operand-term';
import type { JqlIssueView } from './types';

/** Values are normalised when read and when resolved, so matching is plain equality. */
export type Scalar = string | number;

export type Operator =
  | '='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'in'
  | 'not in'
  | 'is'
  | 'is not'
  | '~'
  | '!~';

/**
 * One searchable field as the evaluator sees it. Built per compile (it may close over the
 * context), so per-issue work is only reading values.
 */
export interface FieldDefinition {
  /** Name for messages, as the query spelled it. */
  name: string;
  /** Operators Jira accepts on this field (the sandbox refuses WAS/CHANGED separately). */
  operators: ReadonlySet<Operator>;
  /** Operators Jira accepts on the field that the sandbox cannot evaluate faithfully (refused as such). */
  operatorsUnsupportedBySandbox?: ReadonlySet<Operator>;
  /** The issue's values; an empty array is Jira's EMPTY. Multi-valued fields return several. */
  values(issue: JqlIssueView): readonly Scalar[];
  /** Normalised values that one literal or function stands for; throws JqlError for invalid ones. */
  resolve(term: SingleTerm): Scalar[];
  /** Order for <, <=, >, >=; null when two values cannot be compared (keys of different projects). */
  compare?(a: Scalar, b: Scalar): number | null;
  /** For ~ and !~: builds a matcher for one text query. */
  compileTextQuery?(query: string): (text: string) => boolean;
  /** For ORDER BY; absent when Jira cannot sort by the field. */
  sort?: {
    key(issue: JqlIssueView): Scalar | null;
    compare(a: Scalar, b: Scalar): number;
    /** Jira's direction when ORDER BY names none (dates and priority default to descending). */
    defaultDirection: 'asc' | 'desc';
  };
  /** Jira can sort by the field but the sandbox lacks the data to do it faithfully. */
  sortUnsupportedBySandbox?: boolean;
}

export const operatorSets = {
  equality: new Set<Operator>(['=', '!=', 'in', 'not in', 'is', 'is not']),
  ordered: new Set<Operator>(['=', '!=', 'in', 'not in', 'is', 'is not', '<', '>', '<=', '>=']),
  text: new Set<Operator>(['~', '!~', 'is', 'is not']),
} as const;

export function compareScalars(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
