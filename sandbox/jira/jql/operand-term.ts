import type { Operand } from '@atlaskit/jql-ast';
import { JqlError } from './types';

/** A literal as written: `quoted` tells `"-7d"` from `-7d` where Jira cares (it rarely does). */
export interface ValueTerm {
  kind: 'value';
  value: string;
  quoted: boolean;
}
export interface EmptyTerm {
  kind: 'empty';
}
export interface FunctionTerm {
  kind: 'function';
  /** As written (Jira function names are case-insensitive; compare lower-cased). */
  name: string;
  args: string[];
}
export interface ListTerm {
  kind: 'list';
  items: (ValueTerm | EmptyTerm | FunctionTerm)[];
}
export type OperandTerm = ValueTerm | EmptyTerm | FunctionTerm | ListTerm;
/** What a field resolves into values: one literal or one function call. */
export type SingleTerm = ValueTerm | FunctionTerm;

/** Flattens the parser's operand into plain data, so field code never walks AST nodes. */
export function toOperandTerm(operand: Operand): OperandTerm {
  switch (operand.operandType) {
    case 'keyword':
      return { kind: 'empty' };
    case 'value':
      return { kind: 'value', value: operand.value, quoted: /^["']/.test(operand.text) };
    case 'function':
      return { kind: 'function', name: operand.function.value, args: operand.arguments.map((a) => a.value) };
    case 'list':
      return {
        kind: 'list',
        items: operand.values.map((item) => {
          const term = toOperandTerm(item);
          // The grammar has no nested lists; refuse rather than guess if one ever appears.
          if (term.kind === 'list') throw new JqlError(['Error in the JQL Query: lists cannot be nested.']);
          return term;
        }),
      };
  }
}

export function describeTerm(term: SingleTerm): string {
  return term.kind === 'value' ? term.value : `${term.name}(${term.args.join(', ')})`;
}
