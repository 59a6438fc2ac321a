/**
 * Every request the shell makes goes through here, so that each one carries the selected user
 * (`X-Sandbox-User`) and every failure becomes a readable `ApiError` with Jira's messages.
 */
import type { JiraErrorBody } from './jira-types';

let currentAccountId = '';

/** Called by the session when the user switcher changes; later requests act as that user. */
export function setActingUser(accountId: string): void {
  currentAccountId = accountId;
}

export function actingUser(): string {
  return currentAccountId;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join(' ') || `Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

function messagesFrom(status: number, text: string): string[] {
  try {
    const body = JSON.parse(text) as JiraErrorBody;
    const messages = [...(body.errorMessages ?? []), ...Object.values(body.errors ?? {})];
    if (body.message) messages.push(body.message);
    if (messages.length > 0) return messages;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return [text.trim() || `The server answered ${status}.`];
}

export interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

/** Sends a request as the selected user and returns status, headers and body text without judging them. */
export async function sendRaw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | null } = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers, 'X-Sandbox-User': currentAccountId };
  if (init.body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body ?? undefined });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  return { status: response.status, statusText: response.statusText, headers: responseHeaders, body: await response.text() };
}

/** JSON request that throws `ApiError` on any non-2xx answer. */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: RawResponse;
  try {
    response = await sendRaw(path, { method, body: body === undefined ? null : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, [`The sandbox server cannot be reached (${error instanceof Error ? error.message : String(error)}).`]);
  }
  if (response.status < 200 || response.status > 299) throw new ApiError(response.status, messagesFrom(response.status, response.body));
  if (!response.body) return undefined as T;
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new ApiError(response.status, [`The server sent a response that is not JSON: ${response.body.slice(0, 120)}`]);
  }
}

export function errorMessages(error: unknown): string[] {
  if (error instanceof ApiError) return error.messages;
  if (error instanceof Error) return [error.message];
  return [String(error)];
}
