import { hoursByEpic } from '../../domain/hours';
import type { EpicHoursInput } from '../../domain/report';
import { compareKeys } from '../../domain/text';
import { addIsoWeeks, isoWeekOf } from '../../domain/weeks';
import type { CollectedFacts } from './collect';
import { worklogsOf } from './hours-models';
import { REPORT_WEEKS, type ReportPartsModel } from './read-models';

/** Tickets kept under an epic or a person-week in the report's parts (the hours always count every ticket). */
const ISSUES_PER_EPIC = 30;

function epicHours(worklogs: ReturnType<typeof worklogsOf>, epicOf: ReadonlyMap<string, string | null>): EpicHoursInput[] {
  const epics = hoursByEpic(worklogs, epicOf);
  if (!epics.ok) {
    console.warn(`Hours per epic could not be counted: ${epics.error.message}`);
    return [];
  }
  return epics.value.map((e) => ({ epicKey: e.epicKey, seconds: e.seconds, issues: e.issues.slice(0, ISSUES_PER_EPIC), accountIds: [...e.accountIds] }));
}

/**
 * What the weekly report needs beyond the other read models: hours per epic for each of the last
 * REPORT_WEEKS ISO weeks (in the project's zone) and over the whole history, with the epics' names.
 */
export function buildReportParts(facts: CollectedFacts, timeZone: string, nowMs: number): ReportPartsModel {
  // In time order: the same worklogs give the same record whichever order they were read in (a first run
  // reads them from the search, later runs from storage), so an unchanged project writes nothing.
  const worklogs = worklogsOf(facts).sort((a, b) => a.startedMs - b.startedMs || a.id.localeCompare(b.id));
  const epicOf = new Map(facts.issues.map((i) => [i.key, i.type.toLowerCase() === 'epic' ? i.key : i.epicKey]));
  const current = isoWeekOf(nowMs, timeZone);
  const oldest = current.ok ? addIsoWeeks(current.value.week, -(REPORT_WEEKS - 1)) : null;
  const byWeek = new Map<string, typeof worklogs>();
  for (const worklog of worklogs) {
    const week = isoWeekOf(worklog.startedMs, timeZone);
    if (!week.ok || oldest === null || !oldest.ok || week.value.week < oldest.value.week) continue;
    const logs = byWeek.get(week.value.week);
    if (logs) logs.push(worklog);
    else byWeek.set(week.value.week, [worklog]);
  }
  // The tickets of a person-week in key order, whatever order their worklogs came in.
  const keysByPersonWeek = new Map<string, Set<string>>();
  for (const [week, logs] of byWeek) {
    for (const log of logs) {
      const id = `${week}|${log.accountId}`;
      const keys = keysByPersonWeek.get(id) ?? new Set<string>();
      keys.add(log.issueKey);
      keysByPersonWeek.set(id, keys);
    }
  }
  const ticketsByPersonWeek: Record<string, string[]> = Object.fromEntries(
    [...keysByPersonWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, keys]) => [id, [...keys].sort(compareKeys).slice(0, ISSUES_PER_EPIC)]),
  );
  const epicNames: Record<string, string> = {};
  for (const issue of facts.issues) if (issue.type.toLowerCase() === 'epic') epicNames[issue.key] = issue.summary;
  return {
    epicNames,
    epicsByWeek: Object.fromEntries([...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, logs]) => [week, epicHours(logs, epicOf)])),
    epicsAll: epicHours(worklogs, epicOf),
    ticketsByPersonWeek,
  };
}
