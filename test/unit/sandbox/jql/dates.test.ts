import { describe, expect, it } from 'vitest';
import { evaluateDateFunction, parseAbsoluteDate, parsePeriod } from '../../../../sandbox/jira/jql/dates';
import { ctx, matching, NOW } from './fixture';

const iso = (value: number | string) => (typeof value === 'number' ? new Date(value).toISOString() : value);
const fn = (name: string, ...args: string[]) => iso(evaluateDateFunction(name, args, { now: NOW, weekStartsOn: 0 }));

describe('date values', () => {
  it('parses Jira date literals in UTC', () => {
    expect(parseAbsoluteDate('2026-11-28')).toBe(Date.parse('2026-11-28T00:00:00Z'));
    expect(parseAbsoluteDate('2026/11/28 10:00')).toBe(Date.parse('2026-11-28T10:00:00Z'));
    expect(parseAbsoluteDate('2026-1-5 7:05')).toBe(Date.parse('2026-01-05T07:05:00Z'));
    expect(parseAbsoluteDate('2026-02-30')).toBeNull();
    expect(parseAbsoluteDate('28/11/2026')).toBeNull();
  });

  it('parses periods; the sign applies to the whole period', () => {
    expect(parsePeriod('-7d')).toBe(-7 * 86_400_000);
    expect(parsePeriod('4w 2d')).toBe(30 * 86_400_000);
    expect(parsePeriod('-1w 1h')).toBe(-(7 * 24 + 1) * 3_600_000);
    expect(parsePeriod('15m')).toBe(15 * 60_000);
    expect(parsePeriod('7x')).toBeNull();
  });

  it('evaluates date functions with increments', () => {
    expect(fn('now')).toBe('2026-11-26T12:00:00.000Z');
    expect(fn('startOfDay')).toBe('2026-11-26T00:00:00.000Z');
    expect(fn('startOfDay', '-1')).toBe('2026-11-25T00:00:00.000Z');
    expect(fn('endOfDay')).toBe('2026-11-26T23:59:59.999Z');
    expect(fn('startOfWeek')).toBe('2026-11-22T00:00:00.000Z');
    expect(fn('endOfWeek')).toBe('2026-11-28T23:59:59.999Z');
    expect(fn('startOfWeek', '-1w')).toBe('2026-11-15T00:00:00.000Z');
    expect(fn('startOfMonth')).toBe('2026-11-01T00:00:00.000Z');
    expect(fn('startOfMonth', '+14d')).toBe('2026-11-15T00:00:00.000Z');
    expect(fn('endOfMonth', '-1')).toBe('2026-10-31T23:59:59.999Z');
    expect(fn('startOfYear', '1')).toBe('2027-01-01T00:00:00.000Z');
    expect(fn('endOfYear')).toBe('2026-12-31T23:59:59.999Z');
    expect(fn('startOfDay', '2h')).toBe('2026-11-26T02:00:00.000Z');
    expect(iso(evaluateDateFunction('startOfWeek', [], { now: NOW, weekStartsOn: 1 }))).toBe('2026-11-23T00:00:00.000Z');
    expect(evaluateDateFunction('startOfDay', ['yesterday'], { now: NOW, weekStartsOn: 0 })).toMatch(/invalid increment/);
  });
});

describe('date-time fields: created, updated, resolved', () => {
  it('compares with date literals as instants (a date means its midnight)', () => {
    expect(matching('created >= "2026-11-25"')).toEqual(['ACC-8', 'ACC-11', 'ACC-16']);
    expect(matching('created >= "2026/11/25 10:00"')).toEqual(['ACC-8', 'ACC-16']);
    expect(matching('created = "2026-11-03"')).toEqual(['ACC-3']);
    expect(matching('createdDate = 2026-11-03')).toEqual(['ACC-3']);
  });

  it('compares with relative periods, quoted or not', () => {
    const lastWeek = ['ACC-4', 'ACC-5', 'ACC-6', 'ACC-8', 'ACC-10', 'ACC-11', 'ACC-16'];
    expect(matching('created > -7d')).toEqual(lastWeek);
    expect(matching('created > "-1w"')).toEqual(lastWeek);
    expect(matching('created < "-2w 5d"')).toEqual(['ACC-1', 'ACC-2', 'ACC-3', 'ACC-7', 'ACC-9', 'OPS-1', 'OPS-2', 'OPS-3']);
    expect(matching('updated > -1h')).toEqual(['ACC-16']);
    expect(matching('updated >= -1h')).toEqual(['ACC-6', 'ACC-16']);
  });

  it('compares with date functions', () => {
    expect(matching('created > startOfDay()')).toEqual(['ACC-16']);
    expect(matching('created >= startOfDay(-1)')).toEqual(['ACC-8', 'ACC-11', 'ACC-16']);
    expect(matching('created > endOfDay(-1)')).toEqual(['ACC-16']);
    expect(matching('created >= startOfWeek()')).toEqual(['ACC-5', 'ACC-6', 'ACC-8', 'ACC-10', 'ACC-11', 'ACC-16']);
    expect(matching('created >= startOfWeek()', { ...ctx, weekStartsOn: 'monday' })).toEqual(['ACC-6', 'ACC-8', 'ACC-10', 'ACC-11', 'ACC-16']);
    expect(matching('created < startOfMonth()')).toEqual(['ACC-7', 'ACC-9']);
    expect(matching('created < startOfMonth(-1)')).toEqual(['ACC-9']);
    expect(matching('created <= endOfMonth(-2)')).toEqual(['ACC-9']);
    expect(matching('created >= startOfMonth("+24d")')).toEqual(['ACC-8', 'ACC-11', 'ACC-16']);
    expect(matching('created > startOfYear()')).toHaveLength(20);
    expect(matching('updated <= now()')).toHaveLength(20);
  });

  it('resolved and resolutiondate are the same field; != skips unresolved issues', () => {
    expect(matching('resolved >= "2026-11-12"')).toEqual(['ACC-1', 'ACC-8', 'OPS-2']);
    expect(matching('resolutiondate >= "2026-11-12"')).toEqual(['ACC-1', 'ACC-8', 'OPS-2']);
    expect(matching('resolved != "2026-11-12 10:00"')).toEqual(['ACC-7', 'ACC-8', 'OPS-2']);
    expect(matching('resolutiondate is EMPTY')).toHaveLength(16);
  });
});

describe('duedate: a date-only field compares calendar days', () => {
  it('cuts the operand to its day, so due today is not before now()', () => {
    expect(matching('duedate < now()')).toEqual(['ACC-1', 'ACC-3', 'ACC-7']);
    expect(matching('duedate = now()')).toEqual(['ACC-4']);
    expect(matching('duedate = "2026-11-26"')).toEqual(['ACC-4']);
    expect(matching('duedate = "2026/11/26 18:30"')).toEqual(['ACC-4']);
  });

  it('works with functions, periods and lists', () => {
    expect(matching('duedate <= endOfWeek()')).toEqual(['ACC-1', 'ACC-3', 'ACC-4', 'ACC-6', 'ACC-7', 'ACC-11']);
    expect(matching('duedate > 1d')).toEqual(['ACC-5', 'ACC-11']);
    expect(matching('due in ("2026-11-27", "2026-12-01")')).toEqual(['ACC-5', 'ACC-6']);
    expect(matching('duedate is not EMPTY AND duedate >= startOfDay()')).toEqual(['ACC-4', 'ACC-5', 'ACC-6', 'ACC-11']);
  });
});

describe('invalid dates', () => {
  it('refuses values that are not Jira dates', () => {
    expect(() => matching('created > "yesterday"')).toThrow("Date value 'yesterday' for field 'created' is invalid.");
    expect(() => matching('created > "2026-02-30"')).toThrow(/Date value '2026-02-30'/);
    expect(() => matching('created > startOfDay(soon)')).toThrow(/invalid increment 'soon'/);
    expect(() => matching('created > now(1)')).toThrow("Function 'now' takes no arguments.");
    expect(() => matching('created > currentUser()')).toThrow("The function 'currentUser' is not valid for the field 'created'.");
  });
});
