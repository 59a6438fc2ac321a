/** Opaque query cursors: base64url JSON of the last position returned, so paging resumes strictly after it. */
import { badRequest } from './errors';

export interface CursorPosition {
  key: string;
  /** The index range value of the last item (entity queries only). */
  range?: unknown;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: unknown): CursorPosition | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as CursorPosition;
    if (typeof parsed.key === 'string') return parsed;
  } catch {
    // fall through to the error below
  }
  throw badRequest('INVALID_CURSOR', 'The provided cursor is not valid.');
}
