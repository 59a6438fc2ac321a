import { JqlError } from './types';

/**
 * Jira-like messages for JQL the sandbox refuses. Where Jira itself refuses the query the wording
 * follows Jira's; where Jira would answer but the sandbox cannot, the message says so plainly,
 * because a wrong answer would be worse than a clear refusal.
 */
export const jqlErrors = {
  unknownField: (field: string) =>
    new JqlError([`Field '${field}' does not exist or you do not have permission to view it.`]),
  fieldNotSupportedBySandbox: (field: string) =>
    new JqlError([`Field '${field}' is not supported by the Accord sandbox.`]),
  operatorNotSupported: (operator: string, field: string) =>
    new JqlError([`The operator '${operator}' is not supported by the '${field}' field.`]),
  operatorNotSupportedBySandbox: (operator: string, field: string) =>
    new JqlError([`Operator '${operator}' is not supported by the Accord sandbox for field '${field}'.`]),
  emptyNotAllowed: (operator: string, field: string) =>
    new JqlError([`The operator '${operator}' does not support searching for EMPTY values on the '${field}' field.`]),
  listNeeded: (operator: string, field: string) =>
    new JqlError([`The operator '${operator}' for field '${field}' needs a list of values or a function.`]),
  singleValueNeeded: (operator: string, field: string) =>
    new JqlError([`The operator '${operator}' for field '${field}' needs a single value.`]),
  valueDoesNotExist: (value: string, field: string) =>
    new JqlError([`The value '${value}' does not exist for the field '${field}'.`]),
  invalidNumber: (value: string, field: string) =>
    new JqlError([`The value '${value}' for field '${field}' is invalid - please specify a numerical value.`]),
  invalidIssueKey: (value: string, field: string) =>
    new JqlError([`The issue key '${value}' for field '${field}' is invalid.`]),
  issueDoesNotExist: (value: string, field: string) =>
    new JqlError([`An issue with key '${value}' does not exist for field '${field}'.`]),
  invalidDate: (value: string, field: string) =>
    new JqlError([
      `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
        `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
    ]),
  unknownFunction: (name: string) => new JqlError([`Unable to find JQL function '${name}()'.`]),
  functionNotSupportedBySandbox: (name: string) =>
    new JqlError([`Function '${name}()' is not supported by the Accord sandbox.`]),
  functionNotForField: (name: string, field: string) =>
    new JqlError([`The function '${name}' is not valid for the field '${field}'.`]),
  badFunctionArguments: (name: string, detail: string) =>
    new JqlError([`Function '${name}' ${detail}`]),
  predicatesNotSupported: (operator: string, field: string) =>
    new JqlError([`The operator '${operator}' on field '${field}' does not support predicates such as AFTER, BEFORE or BY.`]),
  emptyTextSearch: (field: string) =>
    new JqlError([`The field '${field}' does not support searching for an empty string.`]),
  textQueryNotSupported: (query: string, field: string, detail: string) =>
    new JqlError([`The text query '${query}' for field '${field}' is not supported by the Accord sandbox: ${detail}.`]),
  leadingWildcard: (query: string, field: string) =>
    new JqlError([`The text query '${query}' for field '${field}' is not allowed to start with a wildcard.`]),
  sortNotSupportedBySandbox: (field: string) =>
    new JqlError([`Sorting by '${field}' is not supported by the Accord sandbox.`]),
  notSortable: (field: string) => new JqlError([`Field '${field}' does not support sorting.`]),
  syntax: (message: string, line: number, column: number) =>
    new JqlError([`Error in the JQL Query: ${message} (line ${line}, character ${column}).`]),
};
