import { JastBuilder, JQLSyntaxError, type Query } from '@atlaskit/jql-ast';
import { jqlErrors } from './errors';
import { JqlError } from './types';

// The ANTLR parser costs milliseconds per query and callers repeat the same JQL page after page.
// The evaluator never mutates the tree, so parsed queries are shared.
const CACHE_LIMIT = 200;
const cache = new Map<string, Query | null>();

/** Parses with Atlassian's own JQL grammar; any parse error becomes a JqlError with the parser's message. */
export function parseJql(jql: string): Query | null {
  const cached = cache.get(jql);
  if (cached !== undefined) return cached;
  const query = parseUncached(jql);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(jql, query);
  return query;
}

function parseUncached(jql: string): Query | null {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    throw new JqlError(
      jast.errors.map((error) =>
        error instanceof JQLSyntaxError
          ? jqlErrors.syntax(error.message, error.line, error.charPositionInLine + 1).message
          : `Error in the JQL Query: ${error.message}`,
      ),
    );
  }
  return jast.query ?? null;
}
