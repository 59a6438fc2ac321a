import { z } from 'zod';
import { UnexpectedResponseError } from '../../ports/jira';
import type { JiraResponse } from './transport';

/** Parses a Jira answer with a schema; a malformed answer becomes a clear UnexpectedResponseError. */
export async function readJson<S extends z.ZodType>(
  response: JiraResponse,
  schema: S,
  operation: string,
): Promise<z.output<S>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError(`Jira answered ${operation} with something that is not JSON: ${text.slice(0, 200)}`, {
      status: response.status,
      operation,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new UnexpectedResponseError(
      `Jira answered ${operation} in an unexpected shape:\n${z.prettifyError(parsed.error)}`,
      { status: response.status, operation },
    );
  }
  return parsed.data;
}
