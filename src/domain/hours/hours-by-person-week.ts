import { fail, ok, type Result } from '../criteria/result';
import { isoWeekOf, parseIsoWeek, validTimeZone } from '../weeks';
import { compareKeys } from '../text/issue-key';
import { hoursOf, validWorklogs, type Worklog } from './worklog';

/** Weeks to keep, by label, both included: {from: '2026-W45', to: '2026-W48'}. */
export interface WeekLabelRange {
  readonly from: string;
  readonly to: string;
}

/** One person's hours in one ISO week, with the worklogs and tickets behind the number. */
export interface PersonWeekHours {
  readonly week: string;
  readonly accountId: string;
  readonly seconds: number;
  readonly hours: number;
  readonly issueKeys: readonly string[];
  readonly worklogIds: readonly string[];
}

export type HoursError = 'invalid_worklog' | 'invalid_time_zone' | 'invalid_instant' | 'invalid_week' | 'invalid_range';

/**
 * Hours per person and ISO week (weeks start Monday in `timeZone`), one row for every person-week that has
 * worklogs, ordered by week then account id. A worklog belongs to the week its start falls in, as Jira files
 * it; a worklog over midnight on Sunday is not split.
 */
export function hoursByPersonWeek(
  worklogs: readonly Worklog[],
  timeZone?: string,
  range?: WeekLabelRange,
): Result<PersonWeekHours[], HoursError> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  const checked = validWorklogs(worklogs);
  if (!checked.ok) return checked;
  const bounds = validRange(range);
  if (!bounds.ok) return bounds;

  const rows = new Map<string, { week: string; accountId: string; seconds: number; keys: Set<string>; ids: string[] }>();
  for (const worklog of checked.value) {
    const week = isoWeekOf(worklog.startedMs, zone.value);
    if (!week.ok) return week;
    const label = week.value.week;
    if (bounds.value !== null && (label < bounds.value.from || label > bounds.value.to)) continue;
    const id = `${label}\u0000${worklog.accountId}`;
    const row = rows.get(id) ?? { week: label, accountId: worklog.accountId, seconds: 0, keys: new Set<string>(), ids: [] };
    row.seconds += worklog.seconds;
    row.keys.add(worklog.issueKey);
    row.ids.push(worklog.id);
    rows.set(id, row);
  }
  return ok(
    [...rows.values()]
      .map((row) => ({
        week: row.week,
        accountId: row.accountId,
        seconds: row.seconds,
        hours: hoursOf(row.seconds),
        issueKeys: [...row.keys].sort(compareKeys),
        worklogIds: row.ids,
      }))
      .sort((a, b) => (a.week === b.week ? a.accountId.localeCompare(b.accountId) : a.week < b.week ? -1 : 1)),
  );
}

/** The worklogs whose start falls in the given weeks (in `timeZone`): what a weekly summary sums. */
export function worklogsInWeeks(worklogs: readonly Worklog[], timeZone: string | undefined, range: WeekLabelRange): Result<Worklog[], HoursError> {
  const zone = validTimeZone(timeZone);
  if (!zone.ok) return zone;
  const checked = validWorklogs(worklogs);
  if (!checked.ok) return checked;
  const bounds = validRange(range);
  if (!bounds.ok) return bounds;
  const kept: Worklog[] = [];
  for (const worklog of checked.value) {
    const week = isoWeekOf(worklog.startedMs, zone.value);
    if (!week.ok) return week;
    if (bounds.value === null || (week.value.week >= bounds.value.from && week.value.week <= bounds.value.to)) kept.push(worklog);
  }
  return ok(kept);
}

function validRange(range: WeekLabelRange | undefined): Result<WeekLabelRange | null, 'invalid_week' | 'invalid_range'> {
  if (range === undefined) return ok(null);
  const from = parseIsoWeek(range.from);
  if (!from.ok) return from;
  const to = parseIsoWeek(range.to);
  if (!to.ok) return to;
  if (range.to < range.from) return fail('invalid_range', `The range ends (${range.to}) before it starts (${range.from}).`);
  return ok(range);
}
