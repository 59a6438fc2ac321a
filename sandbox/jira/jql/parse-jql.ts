import { JastBuilder, JQLSyntaxError, type Query } from '@atlaskit/jql-ast';
import { jqlErrors } from './errors';
import { JqlError } from './types';

/** Parses with Atlassian's own JQL grammar; any parse error becomes a JqlError with the parser's message. */
export function parseJql(jql: string): Query | null {
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
