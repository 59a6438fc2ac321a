import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  formatIsoWeek,
  isoWeek,
  isoWeekOf,
  isoWeekOfDate,
  parseIsoWeek,
  weeksInIsoYear,
  type IsoWeek,
} from '../../../src/domain/weeks';
import type { Result } from '../../../src/domain/criteria/result';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const at = (iso: string): number => Date.parse(iso);

describe('isoWeekOf in UTC (the default)', () => {
  it('names the week with its Monday and Sunday', () => {
    expect(value(isoWeekOf(at('2026-11-25T12:00:00Z')))).toEqual({ week: '2026-W48', start: '2026-11-23', end: '2026-11-29' });
  });

  it('Monday 00:00 opens the week and Sunday 23:59:59.999 closes it', () => {
    expect(value(isoWeekOf(at('2026-11-23T00:00:00Z'))).week).toBe('2026-W48');
    expect(value(isoWeekOf(at('2026-11-22T23:59:59.999Z'))).week).toBe('2026-W47');
    expect(value(isoWeekOf(at('2026-11-29T23:59:59.999Z'))).week).toBe('2026-W48');
  });
});

describe('year ends', () => {
  it('2026 has 53 weeks: 31 December 2026 and 1-3 January 2027 are in 2026-W53', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(value(isoWeekOfDate('2026-12-31'))).toEqual({ week: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(value(isoWeekOfDate('2027-01-01')).week).toBe('2026-W53');
    expect(value(isoWeekOfDate('2027-01-03')).week).toBe('2026-W53');
    expect(value(isoWeekOfDate('2027-01-04'))).toEqual({ week: '2027-W01', start: '2027-01-04', end: '2027-01-10' });
  });

  it('a late December date can be in week 1 of the next year', () => {
    expect(value(isoWeekOfDate('2024-12-30')).week).toBe('2025-W01');
    expect(value(isoWeekOfDate('2025-12-29')).week).toBe('2026-W01');
  });

  it('early January can be in the last week of the previous year', () => {
    expect(value(isoWeekOfDate('2021-01-03')).week).toBe('2020-W53');
    expect(value(isoWeekOfDate('2023-01-01')).week).toBe('2022-W52');
  });

  it('leap day', () => {
    expect(value(isoWeekOfDate('2028-02-29'))).toEqual({ week: '2028-W09', start: '2028-02-28', end: '2028-03-05' });
  });
});

describe('time zones far from UTC', () => {
  it('Pacific/Auckland (UTC+13 in summer) is already in the next week on Sunday noon UTC', () => {
    const sundayNoonUtc = at('2026-11-29T12:00:00Z');
    expect(value(isoWeekOf(sundayNoonUtc, 'UTC')).week).toBe('2026-W48');
    expect(value(isoWeekOf(sundayNoonUtc, 'Pacific/Auckland'))).toEqual({ week: '2026-W49', start: '2026-11-30', end: '2026-12-06' });
  });

  it('Pacific/Honolulu (UTC-10) is still in the previous week on Monday 05:00 UTC', () => {
    const mondayEarlyUtc = at('2026-11-30T05:00:00Z');
    expect(value(isoWeekOf(mondayEarlyUtc, 'UTC')).week).toBe('2026-W49');
    expect(value(isoWeekOf(mondayEarlyUtc, 'Pacific/Honolulu')).week).toBe('2026-W48');
  });

  it('the year changes at different instants: 2027-01-04 00:30 in Auckland is 2027-W01 there, 2026-W53 in UTC', () => {
    const instant = at('2027-01-03T11:30:00Z'); // 2027-01-04 00:30 NZDT
    expect(value(isoWeekOf(instant, 'Pacific/Auckland')).week).toBe('2027-W01');
    expect(value(isoWeekOf(instant, 'UTC')).week).toBe('2026-W53');
    expect(value(isoWeekOf(instant, 'Pacific/Honolulu')).week).toBe('2026-W53');
  });
});

describe('daylight saving time changes', () => {
  it('Europe/Berlin: the week of the spring change (29 March 2026) is still Monday to Sunday', () => {
    // Sunday 29 March 2026 23:30 CEST = 21:30 UTC, still week 13 in Berlin.
    expect(value(isoWeekOf(at('2026-03-29T21:30:00Z'), 'Europe/Berlin')).week).toBe('2026-W13');
    // Monday 30 March 00:30 CEST = Sunday 22:30 UTC: week 14 in Berlin, week 13 in UTC.
    expect(value(isoWeekOf(at('2026-03-29T22:30:00Z'), 'Europe/Berlin')).week).toBe('2026-W14');
    expect(value(isoWeekOf(at('2026-03-29T22:30:00Z'), 'UTC')).week).toBe('2026-W13');
  });

  it('Europe/Berlin: the autumn change (25 October 2026)', () => {
    // Monday 26 October 00:30 CET = Sunday 23:30 UTC.
    expect(value(isoWeekOf(at('2026-10-25T23:30:00Z'), 'Europe/Berlin')).week).toBe('2026-W44');
    expect(value(isoWeekOf(at('2026-10-25T22:59:59Z'), 'Europe/Berlin')).week).toBe('2026-W43');
  });

  it('America/New_York: spring (8 March 2026) and autumn (1 November 2026) changes', () => {
    // Monday 9 March 00:30 EDT = 04:30 UTC; 03:30 UTC is still Sunday 23:30 EDT.
    expect(value(isoWeekOf(at('2026-03-09T04:30:00Z'), 'America/New_York')).week).toBe('2026-W11');
    expect(value(isoWeekOf(at('2026-03-09T03:30:00Z'), 'America/New_York')).week).toBe('2026-W10');
    // Monday 2 November 00:30 EST = 05:30 UTC; 04:30 UTC is Sunday 23:30 EST.
    expect(value(isoWeekOf(at('2026-11-02T05:30:00Z'), 'America/New_York')).week).toBe('2026-W45');
    expect(value(isoWeekOf(at('2026-11-02T04:30:00Z'), 'America/New_York')).week).toBe('2026-W44');
  });
});

describe('bad input', () => {
  it('refuses an unknown zone with a clear message', () => {
    const result = isoWeekOf(0, 'Mars/Olympus_Mons');
    expect(result).toEqual({ ok: false, error: { code: 'invalid_time_zone', message: expect.stringContaining('Mars/Olympus_Mons') } });
    expect(!result.ok && result.error.message).toMatch(/IANA name such as Europe\/Berlin/u);
  });

  it('refuses a fixed offset: it has no daylight saving time', () => {
    expect(isoWeekOf(0, '+01:00')).toMatchObject({ ok: false, error: { code: 'invalid_time_zone', message: expect.stringMatching(/offset/u) } });
  });

  it('refuses a time that is not a number of milliseconds', () => {
    expect(isoWeekOf(Number.NaN)).toMatchObject({ ok: false, error: { code: 'invalid_instant' } });
  });
});

describe('labels', () => {
  it('parses and formats', () => {
    expect(value(parseIsoWeek('2026-W48'))).toEqual({ year: 2026, week: 48 });
    expect(formatIsoWeek(2027, 1)).toBe('2027-W01');
  });

  it('refuses week 0, week 53 of a 52-week year and other spellings', () => {
    expect(parseIsoWeek('2026-W00')).toMatchObject({ ok: false, error: { code: 'invalid_week' } });
    expect(parseIsoWeek('2027-W53')).toMatchObject({ ok: false, error: { message: '2027 has ISO weeks 01 to 52; 2027-W53 does not exist.' } });
    expect(value(parseIsoWeek('2026-W53'))).toEqual({ year: 2026, week: 53 });
    for (const bad of ['2026W48', '2026-w48', '2026-W4', '26-W48', '', 48, null]) {
      expect(parseIsoWeek(bad).ok).toBe(false);
    }
  });

  it('a label gives its Monday and Sunday', () => {
    expect(value(isoWeek('2026-W01'))).toEqual({ week: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
    expect(value(isoWeek('2026-W53'))).toEqual({ week: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
  });

  it('adds weeks across a 53-week year', () => {
    expect(value(addIsoWeeks('2026-W52', 1)).week).toBe('2026-W53');
    expect(value(addIsoWeeks('2026-W52', 2)).week).toBe('2027-W01');
    expect(value(addIsoWeeks('2027-W01', -1)).week).toBe('2026-W53');
  });
});

describe('laws', () => {
  const instants = fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') });
  const zones = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Pacific/Honolulu', 'Asia/Kolkata');

  it('a week starts on a Monday, ends six days later, and its label gives back the same week', () => {
    fc.assert(
      fc.property(instants, zones, (ms, zone) => {
        const week: IsoWeek = value(isoWeekOf(ms, zone));
        expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(Date.parse(`${week.end}T00:00:00Z`) - Date.parse(`${week.start}T00:00:00Z`)).toBe(6 * 86_400_000);
        expect(value(isoWeek(week.week))).toEqual(week);
      }),
    );
  });

  it('labels sort in time order', () => {
    fc.assert(
      fc.property(instants, instants, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(value(isoWeekOf(early)).week <= value(isoWeekOf(late)).week).toBe(true);
      }),
    );
  });

  it('adding n weeks then -n weeks is the identity', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: -300, max: 300 }), (ms, n) => {
        const label = value(isoWeekOf(ms)).week;
        expect(value(addIsoWeeks(value(addIsoWeeks(label, n)).week, -n)).week).toBe(label);
      }),
    );
  });
});

describe('isoWeekOf, asked again and again', () => {
  it('answers what the zone\'s calendar says for every instant, quarter-hour zones and DST included', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Tokyo'];
    const localDay = (ms: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        // The same quarter hour twice (its first instant, then this one): a remembered answer must still be right.
        for (const at of [ms - (ms % 900_000), ms, ms + 899_999 - (ms % 900_000)]) {
          const week = isoWeekOf(at, zone);
          const expected = isoWeekOfDate(localDay(at, zone));
          expect(week.ok && expected.ok && week.value).toEqual(expected.ok && expected.value);
        }
      }),
      { seed: 48, numRuns: 2_000 },
    );
  });
});
