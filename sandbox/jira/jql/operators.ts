import { jqlErrors } from './errors';
import type { FieldDefinition, Operator, Scalar } from './field-definition';
import { describeTerm, type OperandTerm, type SingleTerm } from './operand-term';
import type { JqlIssueView } from './types';

export type Matcher = (issue: JqlIssueView) => boolean;

/**
 * Jira's negative operators (!=, NOT IN, !~) never match an issue whose field is EMPTY: Jira
 * builds them as "has a value and not this value". `assignee != x` skips unassigned issues,
 * `labels != x` skips unlabelled ones, `sprint not in closedSprints()` skips backlog issues. On
 * multi-valued fields (labels, sprint) `=` means "contains" and `!=` "does not contain".
 */
export function compileComparison(field: FieldDefinition, operator: Operator, term: OperandTerm): Matcher {
  const isEmpty = (issue: JqlIssueView) => field.values(issue).length === 0;
  const hasValue = (issue: JqlIssueView) => field.values(issue).length > 0;

  switch (operator) {
    case 'is':
    case 'is not':
      if (term.kind !== 'empty') throw jqlErrors.operatorNotSupported(operator, field.name);
      return operator === 'is' ? isEmpty : hasValue;
    case '=':
    case '!=': {
      if (term.kind === 'empty') return operator === '=' ? isEmpty : hasValue;
      if (term.kind === 'list') throw jqlErrors.singleValueNeeded(operator, field.name);
      return membership(field, new Set(field.resolve(term)), false, operator === '!=');
    }
    case 'in':
    case 'not in': {
      if (term.kind === 'value' || term.kind === 'empty') throw jqlErrors.listNeeded(operator, field.name);
      const items = term.kind === 'list' ? term.items : [term];
      const wanted = new Set<Scalar>();
      let includesEmpty = false;
      for (const item of items) {
        if (item.kind === 'empty') includesEmpty = true;
        else for (const value of field.resolve(item)) wanted.add(value);
      }
      return membership(field, wanted, includesEmpty, operator === 'not in');
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(field, operator, term);
    case '~':
    case '!~':
      return textSearch(field, operator, term);
  }
}

function membership(field: FieldDefinition, wanted: ReadonlySet<Scalar>, includesEmpty: boolean, negative: boolean): Matcher {
  if (negative) {
    return (issue) => {
      const values = field.values(issue);
      return values.length > 0 && !values.some((value) => wanted.has(value));
    };
  }
  return (issue) => {
    const values = field.values(issue);
    return values.length === 0 ? includesEmpty : values.some((value) => wanted.has(value));
  };
}

const ORDER_TESTS: Record<'<' | '<=' | '>' | '>=', (difference: number) => boolean> = {
  '<': (d) => d < 0,
  '<=': (d) => d <= 0,
  '>': (d) => d > 0,
  '>=': (d) => d >= 0,
};

function ordered(field: FieldDefinition, operator: '<' | '<=' | '>' | '>=', term: OperandTerm): Matcher {
  if (term.kind === 'empty') throw jqlErrors.emptyNotAllowed(operator, field.name);
  if (term.kind === 'list') throw jqlErrors.singleValueNeeded(operator, field.name);
  const compare = field.compare;
  if (!compare) throw jqlErrors.operatorNotSupported(operator, field.name);
  const bounds = field.resolve(term);
  if (bounds.length === 0) return () => false;
  // A bound that cannot be compared even with itself (an unknown priority) is not a value of the field.
  for (const bound of bounds) if (compare(bound, bound) === null) throw jqlErrors.valueDoesNotExist(describeTerm(term), field.name);
  const test = ORDER_TESTS[operator];
  return (issue) =>
    field.values(issue).some((value) =>
      bounds.some((bound) => {
        const difference = compare(value, bound);
        return difference !== null && test(difference);
      }),
    );
}

function textSearch(field: FieldDefinition, operator: '~' | '!~', term: OperandTerm): Matcher {
  if (term.kind === 'empty') throw jqlErrors.emptyNotAllowed(operator, field.name);
  if (term.kind === 'list') throw jqlErrors.singleValueNeeded(operator, field.name);
  if (!field.compileTextQuery) throw jqlErrors.operatorNotSupported(operator, field.name);
  const query = textOf(field, term);
  const matches = field.compileTextQuery(query);
  return operator === '~'
    ? (issue) => field.values(issue).some((text) => matches(String(text)))
    : (issue) => {
        const texts = field.values(issue);
        return texts.length > 0 && !texts.some((text) => matches(String(text)));
      };
}

function textOf(field: FieldDefinition, term: SingleTerm): string {
  const [query] = field.resolve(term);
  return String(query ?? '');
}
