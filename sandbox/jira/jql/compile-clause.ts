import type { Clause, TerminalClause } from '@atlaskit/jql-ast';
import { jqlErrors } from './errors';
import type { FieldDefinition, Operator } from './field-definition';
import { fieldKeepsHistory } from './field-registry';
import { toOperandTerm } from './operand-term';
import { compileComparison, type Matcher } from './operators';
import { JqlError } from './types';

/**
 * Jira removes NOT by De Morgan's laws down to the terminal clauses and flips their operators,
 * so `NOT assignee = x` is `assignee != x` and, like it, skips unassigned issues. The evaluator
 * does the same instead of taking a plain complement.
 */
const NEGATED: Record<Operator, Operator> = {
  '=': '!=',
  '!=': '=',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
  '~': '!~',
  '!~': '~',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
};

const HISTORY_OPERATORS = new Set(['was', 'was not', 'was in', 'was not in', 'changed']);

export function compileClause(clause: Clause, negated: boolean, lookup: (clause: TerminalClause) => FieldDefinition): Matcher {
  switch (clause.clauseType) {
    case 'not':
      return compileClause(clause.clause, !negated, lookup);
    case 'compound': {
      const parts = clause.clauses.map((child) => compileClause(child, negated, lookup));
      const conjunction = (clause.operator.value === 'and') !== negated;
      return conjunction ? (issue) => parts.every((part) => part(issue)) : (issue) => parts.some((part) => part(issue));
    }
    case 'terminal':
      return compileTerminal(clause, negated, lookup);
  }
}

function compileTerminal(clause: TerminalClause, negated: boolean, lookup: (clause: TerminalClause) => FieldDefinition): Matcher {
  const field = lookup(clause);
  const operator = clause.operator?.value;
  // History operators first: `status changed` legitimately has no operand.
  if (operator && HISTORY_OPERATORS.has(operator)) {
    throw fieldKeepsHistory(clause.field.value)
      ? jqlErrors.operatorNotSupportedBySandbox(operator, field.name)
      : jqlErrors.operatorNotSupported(operator, field.name);
  }
  if (!operator || !clause.operand) throw new JqlError([`Error in the JQL Query: the clause on '${field.name}' is incomplete.`]);
  const written = operator as Operator;
  if (field.operatorsUnsupportedBySandbox?.has(written)) throw jqlErrors.operatorNotSupportedBySandbox(operator, field.name);
  if (!field.operators.has(written)) throw jqlErrors.operatorNotSupported(operator, field.name);
  if (clause.predicates.length > 0) throw jqlErrors.predicatesNotSupported(operator, field.name);
  return compileComparison(field, negated ? NEGATED[written] : written, toOperandTerm(clause.operand));
}
