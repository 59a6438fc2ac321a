import { fail, ok, type Result } from '../criteria/result';

/** Weeks, hours and reports are in UTC unless a project names its zone. */
export const DEFAULT_TIME_ZONE = 'UTC';

// Intl is the authority on zone names; asking it is cheap but not free, so valid names are remembered.
const known = new Map<string, string>();

/**
 * An IANA zone name as Intl knows it ("Europe/Berlin"), in its canonical spelling; any case is accepted
 * ("europe/berlin"). Offsets such as "+01:00" are refused: a fixed offset has no daylight saving time and
 * would silently put worklogs in the wrong week for half the year.
 */
export function validTimeZone(name: unknown = DEFAULT_TIME_ZONE): Result<string, 'invalid_time_zone'> {
  if (typeof name !== 'string' || name.trim() === '') {
    return fail('invalid_time_zone', 'A time zone is required, as an IANA name such as Europe/Berlin or UTC.');
  }
  const trimmed = name.trim();
  const cached = known.get(trimmed);
  if (cached !== undefined) return ok(cached);
  if (/^[+-]\d/u.test(trimmed)) {
    return fail('invalid_time_zone', `"${trimmed}" is an offset, not a time zone; use an IANA name such as Europe/Berlin or UTC.`);
  }
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    known.set(trimmed, canonical);
    return ok(canonical);
  } catch {
    return fail('invalid_time_zone', `"${trimmed}" is not a time zone this system knows; use an IANA name such as Europe/Berlin or UTC.`);
  }
}
