/** Forge hosted-storage limits (FORGE-FACTS §7, MIRROR limits-kvs-ce) and the checks that enforce them. */
import { badRequest } from './errors';

export const KEY_MAX_LENGTH = 500;
// Exactly as documented; without the `u` flag `\s-#` is read as "whitespace, '-', '#'", not a range.
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;
export const VALUE_MAX_BYTES = 240 * 1024;
export const VALUE_MAX_DEPTH = 31;
export const TRANSACTION_MAX_OPERATIONS = 25;
export const TRANSACTION_MAX_BYTES = 4 * 1024 * 1024;
export const BATCH_MAX_ITEMS = 25;
export const LIST_QUERY_MAX_LIMIT_EXCLUSIVE = 100;
export const ENTITY_QUERY_MAX_LIMIT = 100;
export const QUERY_DEFAULT_LIMIT = 10;
export const QUERY_MAX_CONDITIONS = 100;
export const TTL_MAX_SECONDS = 365 * 24 * 60 * 60;

export function checkKey(key: unknown, forEntity: boolean): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw forEntity
      ? badRequest('EMPTY_KEY', 'Key cannot be empty.')
      : badRequest('KEY_TOO_SHORT', 'The provided key needs to be more than one character.');
  }
  if (key.length > KEY_MAX_LENGTH) {
    throw badRequest('KEY_TOO_LONG', `The provided key has exceeded the maximum ${KEY_MAX_LENGTH} characters.`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest('INVALID_KEY', `The provided key does not match the regex: ${String(KEY_PATTERN)}`);
  }
  return key;
}

/** Depth of a JSON value: a scalar is 0, `{a: 1}` is 1, `{a: {b: 1}}` is 2. */
export function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value as Record<string, unknown>)) {
    deepest = Math.max(deepest, depthOf(child));
    if (deepest > VALUE_MAX_DEPTH) break;
  }
  return deepest + 1;
}

/** Validates a value and returns its stored JSON text. */
export function checkValue(value: unknown): string {
  if (value === undefined) {
    throw badRequest('BAD_REQUEST', 'A value is required.');
  }
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) > VALUE_MAX_BYTES) {
    throw badRequest('MAX_SIZE', `The provided value has exceeded the maximum size limit of ${VALUE_MAX_BYTES} bytes.`);
  }
  if (depthOf(value) > VALUE_MAX_DEPTH) {
    throw badRequest('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${VALUE_MAX_DEPTH}) limit.`);
  }
  return json;
}

const TTL_UNIT_SECONDS: Record<string, number> = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 };

/** Milliseconds a TTL option lasts, or undefined when none is given. */
export function ttlMillis(ttl: unknown): number | undefined {
  if (ttl === undefined || ttl === null) return undefined;
  const t = ttl as { value?: unknown; unit?: unknown };
  const unitSeconds = typeof t.unit === 'string' ? TTL_UNIT_SECONDS[t.unit] : undefined;
  if (unitSeconds === undefined || typeof t.value !== 'number' || !Number.isInteger(t.value) || t.value <= 0) {
    throw badRequest('BAD_REQUEST', 'ttl must be {value: positive integer, unit: SECONDS|MINUTES|HOURS|DAYS}.');
  }
  const seconds = t.value * unitSeconds;
  if (seconds > TTL_MAX_SECONDS) {
    throw badRequest('BAD_REQUEST', 'The maximum supported TTL is 1 year.');
  }
  return seconds * 1000;
}
