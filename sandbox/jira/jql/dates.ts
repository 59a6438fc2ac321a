/**
 * Jira's date values for JQL: absolute literals, relative periods and the date functions, all
 * in UTC (the sandbox site's time zone). Every result is epoch milliseconds.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const PERIOD_UNITS: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-])?\s*((?:\d+\s*[wdhm]\s*)+)$/;

/** 'yyyy-MM-dd', 'yyyy/MM/dd', either with ' HH:mm'; null when the text is not such a date. */
export function parseAbsoluteDate(text: string): number | null {
  const match = ABSOLUTE.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59) return null;
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  // Date.UTC rolls 2026-02-31 over to March; Jira rejects it.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms;
}

/** A period such as '-7d', '4w 2d', '+1h' in milliseconds; the sign applies to the whole period. */
export function parsePeriod(text: string): number | null {
  const match = PERIOD.exec(text.trim());
  if (!match) return null;
  let total = 0;
  for (const part of match[2]!.matchAll(/(\d+)\s*([wdhm])/g)) total += Number(part[1]) * PERIOD_UNITS[part[2]!]!;
  return match[1] === '-' ? -total : total;
}

/** An absolute date, or a period relative to now. */
export function parseDateValue(text: string, now: Date): number | null {
  const absolute = parseAbsoluteDate(text);
  if (absolute !== null) return absolute;
  const period = parsePeriod(text);
  return period === null ? null : now.getTime() + period;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

type Unit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';
type CalendarUnit = 'y' | 'M' | 'w' | 'd';

function addUnits(ms: number, amount: number, unit: Unit): number {
  const date = new Date(ms);
  switch (unit) {
    case 'y':
      date.setUTCFullYear(date.getUTCFullYear() + amount);
      return date.getTime();
    case 'M':
      date.setUTCMonth(date.getUTCMonth() + amount);
      return date.getTime();
    case 'w':
      return ms + amount * WEEK;
    case 'd':
      return ms + amount * DAY;
    case 'h':
      return ms + amount * HOUR;
    case 'm':
      return ms + amount * MINUTE;
  }
}

function startOf(ms: number, unit: CalendarUnit, weekStartsOn: number): number {
  const date = new Date(startOfUtcDay(ms));
  switch (unit) {
    case 'd':
      return date.getTime();
    case 'w': {
      const back = (date.getUTCDay() - weekStartsOn + 7) % 7;
      return date.getTime() - back * DAY;
    }
    case 'M':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    case 'y':
      return Date.UTC(date.getUTCFullYear(), 0, 1);
  }
}

function endOf(ms: number, unit: CalendarUnit, weekStartsOn: number): number {
  return addUnits(startOf(ms, unit, weekStartsOn), 1, unit) - 1;
}

const INCREMENT = /^([+-])?(\d+)([yMwdhm])?$/;

export interface DateFunctionOptions {
  now: Date;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: number;
}

const CALENDAR_FUNCTIONS: Record<string, { unit: CalendarUnit; edge: 'start' | 'end' }> = {
  startofday: { unit: 'd', edge: 'start' },
  endofday: { unit: 'd', edge: 'end' },
  startofweek: { unit: 'w', edge: 'start' },
  endofweek: { unit: 'w', edge: 'end' },
  startofmonth: { unit: 'M', edge: 'start' },
  endofmonth: { unit: 'M', edge: 'end' },
  startofyear: { unit: 'y', edge: 'start' },
  endofyear: { unit: 'y', edge: 'end' },
};

export function isDateFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'now' || lower in CALENDAR_FUNCTIONS;
}

/**
 * now(), startOfDay(inc) ... endOfYear(inc). The increment is "(+/-)nn(y|M|w|d|h|m)"; without a
 * unit it counts the function's own unit. An increment in the function's own unit moves the
 * period (endOfMonth(-1) is the end of last month); any other unit is added to the boundary
 * (startOfMonth("+14d") is the 15th).
 * Returns an error detail string for bad arguments.
 */
export function evaluateDateFunction(name: string, args: string[], options: DateFunctionOptions): number | string {
  const lower = name.toLowerCase();
  const now = options.now.getTime();
  if (lower === 'now') return args.length === 0 ? now : 'takes no arguments.';
  const spec = CALENDAR_FUNCTIONS[lower];
  if (!spec) return 'is not a date function.';
  if (args.length > 1) return 'takes at most one argument, an increment such as "-1" or "+2d".';
  let base = now;
  let after: { amount: number; unit: Unit } | null = null;
  if (args.length === 1) {
    const match = INCREMENT.exec(args[0]!.trim());
    if (!match) return `has an invalid increment '${args[0]}'; use (+/-)nn(y|M|w|d|h|m).`;
    const amount = (match[1] === '-' ? -1 : 1) * Number(match[2]);
    const unit = (match[3] ?? spec.unit) as Unit;
    if (unit === spec.unit) base = addUnits(now, amount, unit);
    else after = { amount, unit };
  }
  const boundary = spec.edge === 'start' ? startOf(base, spec.unit, options.weekStartsOn) : endOf(base, spec.unit, options.weekStartsOn);
  return after ? addUnits(boundary, after.amount, after.unit) : boundary;
}
