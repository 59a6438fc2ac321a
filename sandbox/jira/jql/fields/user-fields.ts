import { jqlErrors } from '../errors';
import { isFunction, refuseFunction } from '../functions';
import { operatorSets, type FieldDefinition } from '../field-definition';
import type { SingleTerm } from '../operand-term';
import type { JqlContext, JqlIssueView } from '../types';
import { compareText } from './literal';

/**
 * Resolves a user operand to account ids: currentUser() (nothing when the search runs as the
 * app), an account id, or a display name / email address (case-insensitive; every user it
 * names). A value that names nobody is refused, as Jira refuses it.
 */
export function userResolver(ctx: JqlContext, field: string): (term: SingleTerm) => string[] {
  return (term) => {
    if (term.kind === 'function') {
      if (isFunction(term, 'currentUser') && term.args.length === 0) return ctx.currentUser ? [ctx.currentUser] : [];
      refuseFunction(term, field);
    }
    const wanted = term.value.toLowerCase();
    const ids = ctx.users
      .filter(
        (user) =>
          user.accountId === term.value ||
          user.displayName.toLowerCase() === wanted ||
          user.emailAddress?.toLowerCase() === wanted,
      )
      .map((user) => user.accountId);
    if (ids.length === 0) throw jqlErrors.valueDoesNotExist(term.value, field);
    return ids;
  };
}

/** assignee, reporter: single user or EMPTY; sorted by display name as Jira shows them. */
export function userField(name: string, ctx: JqlContext, read: (issue: JqlIssueView) => string | null): FieldDefinition {
  const displayNames = new Map(ctx.users.map((user) => [user.accountId, user.displayName]));
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => {
      const accountId = read(issue);
      return accountId ? [accountId] : [];
    },
    resolve: userResolver(ctx, name),
    sort: {
      key: (issue) => {
        const accountId = read(issue);
        return accountId ? (displayNames.get(accountId) ?? accountId) : null;
      },
      compare: compareText,
      defaultDirection: 'asc',
    },
  };
}
