import type { EmulatorResponse } from '../emulator-types';

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function ok(body: unknown): EmulatorResponse {
  return json(200, body);
}

export function noContent(): EmulatorResponse {
  return { status: 204, headers: {}, body: '' };
}

export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): EmulatorResponse {
  return json(status, { errorMessages, errors }, headers);
}
