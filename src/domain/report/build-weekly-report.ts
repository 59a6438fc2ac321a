import { fail, ok, type Result } from '../criteria/result';
import { signalScore, sortSignals } from '../detections';
import { hoursOf } from '../hours';
import type { RaidItem } from '../raid';
import { sprintGoal } from '../scope';
import { compareKeys } from '../text';
import { isoWeek, localDateOf, parseIsoWeek, validTimeZone, weekInstants, weekRange, type LocalDate } from '../weeks';
import { raidChangeSummary } from './raid-change-summary';
import type { MilestoneInput, PersonWeekInput, RaidChangesInput, ReadinessInput, ReportRange, ReportSprintInput, WeeklyReportInput } from './report-input';
import type {
  MilestoneStatus,
  ReportEpicHours,
  ReportHoursRow,
  ReportMilestone,
  ReportPeriod,
  ReportPersonHours,
  ReportRaid,
  ReportRaidChange,
  ReportReadiness,
  ReportSprint,
  WeeklyReport,
} from './weekly-report';

export type ReportError = 'invalid_week' | 'invalid_range' | 'invalid_time_zone' | 'invalid_report';

export const DEFAULT_RAID_UNAVAILABLE_REASON =
  "RAID changes are not included: the register's history is kept in the app's storage, which this report could not read.";

/**
 * The weekly report from parts the other domains computed. Hours are kept for the report's weeks only (a
 * person-week given twice is summed, in seconds, before rounding); RAID history entries are kept when
 * their time falls in the report's weeks in `timeZone` (all of them for "all"). Epic hours, sprints,
 * risks, milestones and readiness are taken as given, in a fixed order. Bad input is an error, not a throw.
 */
export function buildWeeklyReport(input: WeeklyReportInput): Result<WeeklyReport, ReportError> {
  const zone = validTimeZone(input.timeZone);
  if (!zone.ok) return zone;
  const generatedMs = Date.parse(input.generatedAt);
  if (!Number.isFinite(generatedMs)) return fail('invalid_report', `The report time must be an ISO 8601 instant; got ${JSON.stringify(input.generatedAt)}.`);
  for (const row of input.hoursByPersonWeek) {
    const week = parseIsoWeek(row.week);
    if (!week.ok) return week;
    if (!Number.isFinite(row.seconds) || row.seconds < 0) return fail('invalid_report', `Hours of ${row.accountId} in ${row.week} must be 0 or more seconds; got ${String(row.seconds)}.`);
  }
  const period = reportPeriod(input.range, input.hoursByPersonWeek);
  if (!period.ok) return period;
  const names = input.people ?? new Map<string, string>();
  const nameOf = (id: string): string | null => names.get(id) ?? null;

  const inRange = (week: string): boolean => input.range === 'all' || (week >= input.range.from && week <= input.range.to);
  const hours = personWeekRows(input.hoursByPersonWeek.filter((r) => inRange(r.week)), nameOf);
  const raid = reportRaid(input.raid, input.raidUnavailableReason, input.range, zone.value, nameOf);
  if (!raid.ok) return raid;

  return ok({
    project: { key: input.project.key, name: input.project.name },
    period: period.value,
    generatedAt: new Date(generatedMs).toISOString(),
    timeZone: zone.value,
    hours: hours.rows,
    hoursByPerson: hours.people,
    totalHours: hoursOf(hours.totalSeconds),
    epics: epicRows(input),
    sprints: [...input.sprints].sort((a, b) => a.sprint.startMs - b.sprint.startMs || a.sprint.id - b.sprint.id).map((s) => reportSprint(s, zone.value)),
    raid: raid.value,
    risks: sortSignals(input.newRisks).map((s) => ({
      detector: s.detector,
      signalKey: s.signalKey,
      title: s.title,
      explanation: s.explanation,
      likelihood: s.proposedLikelihood,
      impact: s.proposedImpact,
      score: signalScore(s),
      evidence: s.evidence,
    })),
    milestones: [...input.milestones].sort(byReleaseDate).map(reportMilestone),
    readiness: input.readiness === null ? null : reportReadiness(input.readiness),
  });
}

function reportPeriod(range: ReportRange, rows: readonly PersonWeekInput[]): Result<ReportPeriod, ReportError> {
  if (range === 'all') {
    const weeks = rows.map((r) => r.week).sort();
    const first = weeks[0];
    const last = weeks.at(-1);
    if (first === undefined || last === undefined) return ok({ kind: 'all', fromWeek: null, toWeek: null, startDate: null, endDate: null, label: 'All weeks (no hours logged)' });
    const start = isoWeek(first);
    const end = isoWeek(last);
    if (!start.ok) return start;
    if (!end.ok) return end;
    return ok({ kind: 'all', fromWeek: first, toWeek: last, startDate: start.value.start, endDate: end.value.end, label: `All weeks, ${first} to ${last} (${start.value.start} to ${end.value.end})` });
  }
  const weeks = weekRange(range.from, range.to);
  if (!weeks.ok) return weeks.error.code === 'invalid_date' ? fail('invalid_range', weeks.error.message) : fail(weeks.error.code, weeks.error.message);
  const startDate = weeks.value[0]?.start ?? null;
  const endDate = weeks.value.at(-1)?.end ?? null;
  const single = range.from === range.to;
  return ok({
    kind: single ? 'week' : 'weeks',
    fromWeek: range.from,
    toWeek: range.to,
    startDate,
    endDate,
    label: single ? `Week ${range.from} (${startDate} to ${endDate})` : `Weeks ${range.from} to ${range.to} (${startDate} to ${endDate})`,
  });
}

function personWeekRows(
  rows: readonly PersonWeekInput[],
  nameOf: (id: string) => string | null,
): { rows: ReportHoursRow[]; people: ReportPersonHours[]; totalSeconds: number } {
  const cells = new Map<string, { week: string; accountId: string; seconds: number; keys: Set<string> }>();
  for (const row of rows) {
    const id = `${row.week}\u0000${row.accountId}`;
    const cell = cells.get(id) ?? { week: row.week, accountId: row.accountId, seconds: 0, keys: new Set<string>() };
    cell.seconds += row.seconds;
    for (const key of row.issueKeys ?? []) cell.keys.add(key);
    cells.set(id, cell);
  }
  // Week by week, people by name as the client reads them (account ids only break ties and unnamed people).
  const byName = (a: { accountId: string }, b: { accountId: string }) => (nameOf(a.accountId) ?? '\uffff').localeCompare(nameOf(b.accountId) ?? '\uffff') || a.accountId.localeCompare(b.accountId);
  const sorted = [...cells.values()].sort((a, b) => (a.week === b.week ? byName(a, b) : a.week < b.week ? -1 : 1));
  const people = new Map<string, { seconds: number; weeks: Set<string> }>();
  for (const cell of sorted) {
    const person = people.get(cell.accountId) ?? { seconds: 0, weeks: new Set<string>() };
    person.seconds += cell.seconds;
    person.weeks.add(cell.week);
    people.set(cell.accountId, person);
  }
  return {
    rows: sorted.map((c) => ({ week: c.week, accountId: c.accountId, displayName: nameOf(c.accountId), hours: hoursOf(c.seconds), issueKeys: [...c.keys].sort(compareKeys) })),
    people: [...people.entries()]
      .map(([accountId, p]) => ({ accountId, displayName: nameOf(accountId), hours: hoursOf(p.seconds), weeks: [...p.weeks], seconds: p.seconds }))
      .sort((a, b) => b.seconds - a.seconds || a.accountId.localeCompare(b.accountId))
      .map(({ seconds: _seconds, ...person }) => person),
    totalSeconds: sorted.reduce((sum, c) => sum + c.seconds, 0),
  };
}

function epicRows(input: WeeklyReportInput): ReportEpicHours[] {
  return [...input.hoursByEpic]
    .sort((a, b) => {
      if (a.epicKey === null || b.epicKey === null) return a.epicKey === b.epicKey ? 0 : a.epicKey === null ? 1 : -1;
      return b.seconds - a.seconds || compareKeys(a.epicKey, b.epicKey);
    })
    .map((e) => ({
      epicKey: e.epicKey,
      epicName: e.epicKey === null ? null : (input.epicNames?.get(e.epicKey) ?? null),
      hours: hoursOf(e.seconds),
      issueKeys: e.issues.map((i) => i.issueKey),
      accountIds: [...e.accountIds],
    }));
}

function reportSprint(scope: ReportSprintInput, timeZone: string): ReportSprint {
  const dateOf = (ms: number): LocalDate => {
    const date = localDateOf(ms, timeZone);
    // A ledger's instants are finite and the zone is checked: this always succeeds.
    return date.ok ? date.value : new Date(ms).toISOString().slice(0, 10);
  };
  return {
    id: scope.sprint.id,
    name: scope.sprint.name,
    goal: sprintGoal(scope.goal),
    state: scope.sprint.state,
    startDate: dateOf(scope.sprint.startMs),
    completeDate: scope.sprint.completionIsNow ? null : dateOf(scope.sprint.completionMs),
    committed: scope.committed,
    added: scope.added,
    removed: scope.removed,
    completed: scope.completed,
    notCompleted: scope.notCompleted,
    points: { ...scope.points },
    unit: scope.estimateMode === 'field' ? 'points' : 'issues',
  };
}

function reportRaid(
  raid: RaidChangesInput | null,
  reason: string | undefined,
  range: ReportRange,
  timeZone: string,
  nameOf: (accountId: string) => string | null,
): Result<ReportRaid, ReportError> {
  const name = (id: string): string => nameOf(id) ?? id;
  if (raid === null) return ok({ available: false, reason: reason ?? DEFAULT_RAID_UNAVAILABLE_REASON });
  let window: { startMs: number; endMs: number } | null = null;
  if (range !== 'all') {
    const from = weekInstants(range.from, timeZone);
    if (!from.ok) return from;
    const to = weekInstants(range.to, timeZone);
    if (!to.ok) return to;
    window = { startMs: from.value.startMs, endMs: to.value.endMs };
  }
  const titles = new Map<string, RaidItem>(raid.items.map((i) => [i.id, i]));
  const changes: ReportRaidChange[] = [];
  for (const entry of raid.entries) {
    const atMs = Date.parse(entry.at);
    if (!Number.isFinite(atMs)) return fail('invalid_report', `The history entry of ${entry.itemId} (version ${entry.version}) has no readable time.`);
    if (window !== null && (atMs < window.startMs || atMs >= window.endMs)) continue;
    const date = localDateOf(atMs, timeZone);
    changes.push({
      at: new Date(atMs).toISOString(),
      date: date.ok ? date.value : entry.at.slice(0, 10),
      itemId: entry.itemId,
      title: titles.get(entry.itemId)?.title ?? '',
      action: entry.action,
      by: entry.by,
      byName: nameOf(entry.by),
      changes: entry.changes,
      summary: raidChangeSummary(entry, name),
    });
  }
  changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) || compareKeys(a.itemId, b.itemId));
  return ok({ available: true, changes });
}

function byReleaseDate(a: MilestoneInput, b: MilestoneInput): number {
  if (a.releaseDate !== b.releaseDate) {
    if (a.releaseDate === null) return 1;
    if (b.releaseDate === null) return -1;
    return a.releaseDate < b.releaseDate ? -1 : 1;
  }
  return a.name.localeCompare(b.name, 'en', { numeric: true });
}

function reportMilestone(m: MilestoneInput): ReportMilestone {
  const f = m.forecast;
  let status: MilestoneStatus;
  if (f === null) status = 'no forecast';
  else if (f.cannotFinish) status = 'cannot finish';
  else if (m.releaseDate === null) status = 'no release date';
  else status = f.p85AfterRelease === true ? 'at risk' : 'on track';
  return {
    id: m.id,
    name: m.name,
    releaseDate: m.releaseDate,
    progress: m.progress === null ? null : { done: m.progress.done, total: m.progress.total, percent: m.progress.total > 0 ? Math.round((m.progress.done / m.progress.total) * 100) : null },
    p50: f?.p50?.date ?? null,
    p85: f?.p85?.date ?? null,
    p95: f?.p95?.date ?? null,
    probabilityByRelease: f?.probabilityByRelease ?? null,
    status,
  };
}

function reportReadiness(r: ReadinessInput): ReportReadiness {
  return {
    sprintId: r.sprint.id,
    sprintName: r.sprint.name,
    startDate: r.sprint.startDate,
    total: r.summary.total,
    ready: r.summary.ready,
    notReady: r.summary.notReady,
    averageScore: r.summary.averageScore,
    furthest: r.summary.furthest.map((t) => ({ key: t.key, summary: t.summary, score: t.score, failedChecks: [...t.failedChecks], signoff: t.signoff })),
    failingChecks: r.summary.failingChecks.map((c) => ({ ...c })),
  };
}
