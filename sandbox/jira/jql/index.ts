import { compileClause } from './compile-clause';
import { createFieldLookup } from './field-registry';
import { compileOrderBy, defaultOrder } from './order-by';
import { parseJql } from './parse-jql';
import type { CompiledJql, JqlContext } from './types';

export * from './types';

/**
 * Compiles JQL once into a matcher and a comparator over issue views. Throws JqlError for JQL
 * that does not parse or that the sandbox cannot evaluate faithfully. See README.md for the
 * Jira semantics it follows.
 */
export function compileJql(jql: string, ctx: JqlContext): CompiledJql {
  const query = parseJql(jql);
  const lookup = createFieldLookup(ctx);
  const where = query?.where;
  const matches = where ? compileClause(where, false, (clause) => lookup(clause.field)) : () => true;
  const compare = query?.orderBy ? compileOrderBy(query.orderBy, lookup) : defaultOrder;
  return { matches, compare, bounded: Boolean(where) };
}
