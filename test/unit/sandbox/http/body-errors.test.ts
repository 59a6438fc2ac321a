import { describe, expect, it } from 'vitest';
import { bodyReadError, refuseDeepJson } from '../../../../sandbox/http/body-errors';

/** Shaped as body-parser raises them (http-errors: an Error with status, type and the details). */
function parserError(status: number, type: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type, ...extra });
}

describe('bodyReadError', () => {
  it('turns a body over the limit into a 413 with both sizes, or without the size when it was not announced', () => {
    expect(bodyReadError(parserError(413, 'entity.too.large', 'request entity too large', { length: 7_000_000, limit: 6_291_456 }))).toEqual({
      status: 413,
      message: 'The request body is 7000000 bytes; the sandbox accepts at most 6291456 bytes.',
    });
    expect(bodyReadError(parserError(413, 'entity.too.large', 'request entity too large', { limit: 6_291_456 }))?.message).toBe(
      'The request body is too large; the sandbox accepts at most 6291456 bytes.',
    );
  });

  it('turns malformed JSON into a 400 carrying the parser message', () => {
    expect(bodyReadError(parserError(400, 'entity.parse.failed', 'Unexpected end of JSON input'))).toEqual({
      status: 400,
      message: 'The request body is not valid JSON: Unexpected end of JSON input',
    });
  });

  it('keeps the status of the other client errors (unsupported charset 415, aborted 400)', () => {
    expect(bodyReadError(parserError(415, 'charset.unsupported', 'unsupported charset "LATIN-9"'))).toEqual({
      status: 415,
      message: 'The request body cannot be read: unsupported charset "LATIN-9"',
    });
    expect(bodyReadError(parserError(400, 'request.aborted', 'request aborted'))?.status).toBe(400);
  });

  it('leaves every other error to the 500 handler: server-side parser faults, handler errors, non-errors', () => {
    expect(bodyReadError(parserError(500, 'stream.encoding.set', 'stream encoding should not be set'))).toBeUndefined();
    expect(bodyReadError(new Error('the runtime failed'))).toBeUndefined();
    expect(bodyReadError(Object.assign(new Error('no type'), { status: 400 }))).toBeUndefined();
    expect(bodyReadError({ status: 400, type: 'entity.parse.failed', message: 'not an Error' })).toBeUndefined();
    expect(bodyReadError('boom')).toBeUndefined();
  });
});

describe('refuseDeepJson', () => {
  it('lets a body within 1,000 levels through and throws a 400 the error handlers read for a deeper one', () => {
    expect(() => refuseDeepJson(null, null, Buffer.from(`{"a":${'['.repeat(999)}${']'.repeat(999)}}`))).not.toThrow();
    let thrown: unknown;
    try {
      refuseDeepJson(null, null, Buffer.from(`{"a":${'['.repeat(1000)}${']'.repeat(1000)}}`));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ status: 400, type: 'entity.too.deep' });
    expect(bodyReadError(thrown)).toEqual({ status: 400, message: 'The request body nests JSON more than 1,000 levels deep; the sandbox reads at most 1,000.' });
  });
});
