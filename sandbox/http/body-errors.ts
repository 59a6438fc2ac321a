/**
 * The errors express's body parsers raise (body-parser via raw-body and http-errors) for a body the client
 * got wrong: malformed JSON, over the limit, nested too deep, an unsupported charset, aborted. Each router
 * answers them in its own error shape with the parser's 4xx status; left alone they would reach the app's
 * 500 handler.
 */
import { depthBeyond, tooDeepMessage } from '../jira/http/json-depth';

/** Both routers read bodies up to this size; a bigger one answers 413. */
export const BODY_LIMIT = '6mb';

/**
 * express.json's `verify` hook: refuses a body nested deeper than the emulator reads (json-depth.ts) before it
 * is parsed. body-parser keeps the status and type of the error thrown here.
 */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (depthBeyond(body.toString('utf8')) === undefined) return;
  throw Object.assign(new Error(tooDeepMessage()), { status: 400, type: 'entity.too.deep' });
}

export interface BodyReadError {
  status: number;
  message: string;
}

interface ParserError {
  type: string;
  status: number;
  message: string;
  limit?: unknown;
  length?: unknown;
}

function isParserError(err: unknown): err is ParserError {
  if (typeof err !== 'object' || err === null) return false;
  const { type, status } = err as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' && err instanceof Error;
}

/** The client's mistake in reading a body, or undefined for any other error (those stay 500s). */
export function bodyReadError(err: unknown): BodyReadError | undefined {
  if (!isParserError(err) || err.status < 400 || err.status > 499) return undefined;
  if (err.type === 'entity.too.large') {
    const size = typeof err.length === 'number' ? ` is ${err.length} bytes;` : ' is too large;';
    const limit = typeof err.limit === 'number' ? `${err.limit} bytes` : BODY_LIMIT;
    return { status: 413, message: `The request body${size} the sandbox accepts at most ${limit}.` };
  }
  if (err.type === 'entity.too.deep') return { status: 400, message: err.message };
  if (err.type === 'entity.parse.failed') return { status: 400, message: `The request body is not valid JSON: ${err.message}` };
  return { status: err.status, message: `The request body cannot be read: ${err.message}` };
}
