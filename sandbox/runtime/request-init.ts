/** Turns a fetch `RequestInit` (as the @forge packages pass it) into plain method, headers and body text. */
export interface PlainRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface InitLike {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (body instanceof URLSearchParams) return body.toString();
  // Streams and form data are not used by the app; say so rather than sending "[object Object]".
  throw new TypeError(`The sandbox cannot send a request body of type ${Object.prototype.toString.call(body)}`);
}

export function plainRequest(init: InitLike | undefined): PlainRequest {
  const headers: Record<string, string> = {};
  new Headers((init?.headers ?? undefined) as ConstructorParameters<typeof Headers>[0]).forEach((value, key) => {
    headers[key] = value;
  });
  const body = bodyText(init?.body);
  return { method: (init?.method ?? 'GET').toUpperCase(), headers, ...(body !== undefined ? { body } : {}) };
}

/** A fetch Response; statuses that forbid a body get none. */
export function toResponse(status: number, headers: Record<string, string>, body: string): Response {
  const noBody = status === 204 || status === 205 || status === 304;
  return new Response(noBody ? null : body, { status, headers });
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return toResponse(status, { 'content-type': 'application/json', ...headers }, JSON.stringify(value));
}
