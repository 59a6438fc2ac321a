import { hoursByEpic, hoursByPersonWeek, hoursOf, NO_EPIC_LABEL, type Worklog } from '../../domain/hours';
import type { CollectedFacts } from './collect';

/** Tickets listed under an epic: enough evidence for a page; the hours always count every ticket. */
const ISSUES_PER_EPIC = 30;

/** What the Hours tab and the report read: hours per person-week and per epic in the project's time zone. */
export interface HoursModel {
  timeZone: string;
  rows: Array<{ week: string; accountId: string; seconds: number; hours: number }>;
  weeks: Array<{ week: string; seconds: number }>;
  epics: Array<{ key: string | null; summary: string; seconds: number; hours: number; issues: Array<{ key: string; summary: string; hours: number }> }>;
  /** Points (or issues) of the project's estimated work done, for "burning ahead of completion". */
  work: { done: number; total: number };
}

export function worklogsOf(facts: CollectedFacts): Worklog[] {
  const keys = new Map(facts.issues.map((i) => [i.id, i.key]));
  return facts.worklogs.flatMap((w) => {
    const issueKey = keys.get(w.issueId);
    return issueKey ? [{ id: w.id, issueKey, accountId: w.accountId, startedMs: w.startedMs, seconds: Math.max(0, Math.round(w.seconds)) }] : [];
  });
}

export function buildHours(facts: CollectedFacts, timeZone: string, estimateMode: 'points' | 'issues'): HoursModel {
  const worklogs = worklogsOf(facts);
  const personWeeks = hoursByPersonWeek(worklogs, timeZone);
  const rows = personWeeks.ok ? personWeeks.value.map((r) => ({ week: r.week, accountId: r.accountId, seconds: r.seconds, hours: r.hours })) : [];
  if (!personWeeks.ok) console.warn(`Hours per week could not be counted: ${personWeeks.error.message}`);
  const weekly = new Map<string, number>();
  for (const r of rows) weekly.set(r.week, (weekly.get(r.week) ?? 0) + r.seconds);
  const byKey = new Map(facts.issues.map((i) => [i.key, i]));
  const epicOf = new Map(facts.issues.map((i) => [i.key, i.type.toLowerCase() === 'epic' ? i.key : i.epicKey]));
  const epics = hoursByEpic(worklogs, epicOf);
  const measured = facts.issues.filter((i) => i.type.toLowerCase() !== 'epic' && (estimateMode === 'issues' || i.estimate !== null));
  const size = (i: (typeof measured)[number]) => (estimateMode === 'issues' ? 1 : (i.estimate ?? 0));
  return {
    timeZone,
    rows,
    weeks: [...weekly.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, seconds]) => ({ week, seconds })),
    epics: (epics.ok ? epics.value : []).map((e) => ({
      key: e.epicKey,
      summary: e.epicKey === null ? NO_EPIC_LABEL : (byKey.get(e.epicKey)?.summary ?? e.epicKey),
      seconds: e.seconds,
      hours: hoursOf(e.seconds),
      issues: e.issues.slice(0, ISSUES_PER_EPIC).map((i) => ({ key: i.issueKey, summary: byKey.get(i.issueKey)?.summary ?? '', hours: i.hours })),
    })),
    work: {
      done: measured.filter((i) => i.category === 'done').reduce((sum, i) => sum + size(i), 0),
      total: measured.reduce((sum, i) => sum + size(i), 0),
    },
  };
}
