import type { HoursView } from '../../contract/project-page';
import type { PersonView } from '../../contract/issue-panel';
import { budgetBurn, hoursOf } from '../../domain/hours';
import { isoWeekOf, weekRange } from '../../domain/weeks';
import type { BudgetSettings } from '../../domain/settings/project-manager-settings';
import type { JiraUser } from '../../ports/jira';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { loadSettings } from '../settings/load-settings';
import type { HoursModel } from '../snapshot/hours-models';
import { hoursModels, modelKey } from '../snapshot/read-models';
import { snapshotStatus } from '../snapshot/snapshot-status';
import { loadModel } from '../snapshot/model-store';

/** The budget against the burn, as of now (the settings and the day can change between snapshots). */
export function budgetView(budget: BudgetSettings | null, hours: HoursModel, nowMs: number): HoursView['budget'] {
  if (budget === null) return null;
  const burn = budgetBurn(budget, hours.weeks, nowMs, hours.timeZone);
  if (!burn.ok) {
    console.warn(`The hour budget could not be compared: ${burn.error.message}`);
    return null;
  }
  const b = burn.value;
  const percentDone = hours.work.total > 0 ? Math.round((hours.work.done / hours.work.total) * 1000) / 10 : 0;
  return {
    totalHours: b.totalHours,
    start: budget.start,
    end: budget.end,
    plan: b.plan,
    usedHours: b.usedHours,
    remainingHours: b.remainingHours,
    percentUsed: b.percentUsed,
    runsOutOn: b.runsOutOn,
    burnPerWeek: b.burnRate?.meanHoursPerWeek ?? null,
    weeks: b.weeks.map((w) => ({ week: w.week, plannedHours: w.plannedHours, actualHours: w.actualHours, cumulativePlannedHours: w.cumulativePlannedHours, cumulativeActualHours: w.cumulativeActualHours })),
    aheadOfWork: b.percentUsed > percentDone ? { percentUsed: b.percentUsed, percentDone } : null,
  };
}

export async function namesOf(deps: ProjectPageDeps, accountIds: Iterable<string>): Promise<PersonView[]> {
  const ids = [...new Set(accountIds)];
  const users = ids.length > 0 ? await deps.userJira.getUsers(ids).catch((): JiraUser[] => []) : [];
  return ids.map((id) => ({ accountId: id, displayName: users.find((u) => u.accountId === id)?.displayName ?? 'Former user' }));
}

/**
 * The weeks a person x week table shows: from the first week with worklogs to the current week (or a later
 * one someone logged ahead in), so that a week nobody logged in shows as 0 rather than disappearing.
 */
export function weekColumns(loggedWeeks: readonly string[], currentWeek: string): string[] {
  const sorted = [...loggedWeeks].sort();
  const first = sorted[0];
  if (first === undefined) return [];
  const last = [sorted.at(-1) ?? first, currentWeek].sort().at(-1) ?? first;
  const range = weekRange(first, last);
  // A range past the guard (a worklog years off) keeps the logged weeks only.
  return range.ok ? range.value.map((w) => w.week) : sorted;
}

/** The Hours & budget tab: hours per person and week, per epic, and the budget, from the last snapshot. */
export async function hoursView(deps: ProjectPageDeps, target: ProjectTarget): Promise<HoursView> {
  await browsableProject(deps.userJira, target.project);
  const [status, stored, { settings }] = await Promise.all([
    snapshotStatus(deps.store, target.project.id),
    loadModel(deps.store, modelKey(hoursModels, target.project.id)).catch(() => undefined),
    loadSettings(deps.store, target.project.id),
  ]);
  const hours: HoursModel = stored?.value ?? { timeZone: settings.projectManager.timeZone, rows: [], weeks: [], epics: [], work: { done: 0, total: 0 } };
  const now = deps.clock.now();
  const current = isoWeekOf(now, hours.timeZone);
  const currentWeek = current.ok ? current.value.week : (hours.weeks.at(-1)?.week ?? '');
  return {
    status,
    timeZone: hours.timeZone,
    weeks: weekColumns(hours.weeks.map((w) => w.week), currentWeek),
    currentWeek,
    people: await namesOf(deps, hours.rows.map((r) => r.accountId)),
    rows: hours.rows.map((r) => ({ week: r.week, accountId: r.accountId, hours: r.hours })),
    epics: hours.epics.map((e) => ({ key: e.key, summary: e.summary, hours: e.hours, issues: e.issues })),
    totalHours: hoursOf(hours.weeks.reduce((s, w) => s + w.seconds, 0)),
    budget: budgetView(settings.projectManager.budget, hours, now),
  };
}
