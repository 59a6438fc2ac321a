import { createHash } from 'node:crypto';
import type { MilestoneView } from '../../contract/project-page';
import { DEFAULT_TRIALS, forecastFinish, forecastTrackRecord, type FinishForecast } from '../../domain/forecast';
import { daysBetween, isoWeekOf, isoWeekOfDate, localDateOf, weeksBetween } from '../../domain/weeks';
import type { CollectedFacts } from './collect';
import type { IssueFact } from './facts';
import type { SnapshotSetup } from './setup';

/** Throughput is sampled week by week over the span of this many recent closed sprints. */
export const SAMPLED_SPRINTS = 6;
const OPEN_TICKETS_SHOWN = 50;

/** One forecast kept per version and ISO week, so the page can show how often past P85 dates held. */
export interface ForecastRecord {
  week: string;
  madeOn: string;
  p50: string | null;
  p85: string | null;
  p95: string | null;
}

export interface MilestonesModel {
  versions: Array<Omit<MilestoneView, 'history' | 'trackRecord'>>;
  basis: { weeksSampled: number; unit: 'points' | 'issues'; trials: number };
}

/** The same data gives the same forecast: the seed comes from what is forecast and when. */
function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readInt32BE(0);
}

interface Sampling {
  weeks: string[];
  /** Work finished per week (points or issues). */
  throughput: number[];
}

function sampleWeeks(setup: SnapshotSetup, timeZone: string): string[] {
  const closed = setup.sprints.filter((s) => s.state === 'closed' && s.startMs !== null && s.completeMs !== null).sort((a, b) => (a.completeMs ?? 0) - (b.completeMs ?? 0)).slice(-SAMPLED_SPRINTS);
  const first = closed[0];
  const last = closed.at(-1);
  if (!first || !last) return [];
  const from = localDateOf(first.startMs ?? 0, timeZone);
  const to = localDateOf(last.completeMs ?? 0, timeZone);
  if (!from.ok || !to.ok) return [];
  const weeks = weeksBetween(from.value, to.value);
  return weeks.ok ? weeks.value.map((w) => w.week) : [];
}

function weekOf(ms: number, timeZone: string): string | null {
  const week = isoWeekOf(ms, timeZone);
  return week.ok ? week.value.week : null;
}

function weekOfDate(date: string): string | null {
  const week = isoWeekOfDate(date);
  return week.ok ? week.value.week : null;
}


function sampling(setup: SnapshotSetup, facts: CollectedFacts, timeZone: string, size: (i: IssueFact) => number): Sampling {
  const weeks = sampleWeeks(setup, timeZone);
  const finished = new Map<string, number>(weeks.map((w) => [w, 0]));
  for (const issue of facts.issues) {
    if (issue.category !== 'done' || issue.resolvedMs === null) continue;
    const week = weekOf(issue.resolvedMs, timeZone);
    if (week !== null && finished.has(week)) finished.set(week, finished.get(week)! + size(issue));
  }
  return { weeks, throughput: weeks.map((w) => finished.get(w) ?? 0) };
}

/**
 * Work added to a version in each complete week since it started (a Fix Version change that put a ticket there).
 * What was planned into the version before its start date (or, without one, in the week it got its first tickets)
 * is its initial scope, not growth: sampling release planning as growth would forecast a release that never ends.
 * No complete week since the start: no growth is sampled.
 */
export function versionGrowth(
  version: { id: string; startDate: string | null },
  facts: CollectedFacts,
  timeZone: string,
  nowMs: number,
  size: (i: IssueFact) => number,
): number[] {
  const additions: Array<{ atMs: number; week: string; amount: number }> = [];
  for (const issue of facts.issues) {
    for (const change of facts.changes[issue.id] ?? []) {
      if (change.field !== 'fixVersions' || change.to !== version.id) continue;
      const week = weekOf(change.atMs, timeZone);
      if (week !== null) additions.push({ atMs: change.atMs, week, amount: size(issue) });
    }
  }
  const firstAddition = Math.min(...additions.map((a) => a.atMs));
  const from = version.startDate ?? (Number.isFinite(firstAddition) ? localDateOf(firstAddition, timeZone) : null);
  const firstDate = typeof from === 'string' || from === null ? from : from.ok ? from.value : null;
  const today = localDateOf(nowMs, timeZone);
  const firstWeek = firstDate === null ? null : weekOfDate(firstDate);
  if (firstDate === null || firstWeek === null || !today.ok || firstDate > today.value) return [];
  const weeks = weeksBetween(firstDate, today.value);
  if (!weeks.ok) return [];
  // The start week holds the planning (or, with a start date, partly precedes it); the current week is not over.
  const currentWeek = weekOf(nowMs, timeZone) ?? '';
  const sampled = weeks.value.map((w) => w.week).filter((w) => w > firstWeek && w < currentWeek);
  const added = new Map<string, number>(sampled.map((w) => [w, 0]));
  for (const addition of additions) if (added.has(addition.week)) added.set(addition.week, added.get(addition.week)! + addition.amount);
  return sampled.map((w) => added.get(w) ?? 0);
}

/**
 * Scope is assumed to keep growing at its sampled rate until the release date, and frozen after it (teams stop
 * adding to a release that is due); a version without a release date grows for as many weeks as it has grown so far.
 */
export function growthPeriodsOf(releaseDate: string | null, today: string, weeksOfHistory: number): number {
  if (releaseDate === null) return weeksOfHistory;
  return Math.max(0, Math.ceil((daysBetween(today, releaseDate) + 1) / 7));
}

/**
 * Each version's progress and, for an unreleased one, a Monte Carlo finish forecast from the project's own weekly
 * throughput over its recent closed sprints, with the version's own scope growth, after the open work of the
 * unreleased versions before it.
 */
export function buildMilestones(setup: SnapshotSetup, facts: CollectedFacts, timeZone: string, nowMs: number): MilestonesModel {
  const unit = setup.estimateMode;
  const size = (i: IssueFact) => (unit === 'issues' ? 1 : (i.estimate ?? 0));
  const sampled = sampling(setup, facts, timeZone, size);
  const today = localDateOf(nowMs, timeZone);
  const currentWeek = weekOf(nowMs, timeZone) ?? '';
  // Versions are delivered in their order (Jira's version sequence): a later one waits for the work before it.
  let workAhead = 0;
  const versions = setup.versions.filter((v) => !v.archived).map((version) => {
    const issues = facts.issues.filter((i) => i.fixVersionIds.includes(version.id) && i.type.toLowerCase() !== 'epic');
    const done = issues.filter((i) => i.category === 'done');
    const open = issues.filter((i) => i.category !== 'done');
    const remaining = open.reduce((sum, i) => sum + size(i), 0);
    const ahead = workAhead;
    if (!version.released) workAhead += remaining;
    let forecast: FinishForecast | null = null;
    if (!version.released && today.ok && sampled.throughput.length > 0) {
      const growthSamples = versionGrowth(version, facts, timeZone, nowMs, size);
      const result = forecastFinish({
        remaining: ahead + remaining,
        throughputSamples: sampled.throughput,
        growthSamples: growthSamples,
        growthPeriods: growthPeriodsOf(version.releaseDate, today.value, growthSamples.length),
        period: 'week',
        startDate: today.value,
        releaseDate: version.releaseDate,
        seed: seedOf(`${version.id}|${currentWeek}|${ahead}|${remaining}`),
        trials: DEFAULT_TRIALS,
      });
      if (result.ok) forecast = result.value;
      else console.warn(`No forecast for ${version.name}: ${result.error.message}`);
    }
    return {
      id: version.id,
      name: version.name,
      releaseDate: version.releaseDate,
      released: version.released,
      progress: { issuesDone: done.length, issuesTotal: issues.length, pointsDone: done.reduce((s, i) => s + (i.estimate ?? 0), 0), pointsTotal: issues.reduce((s, i) => s + (i.estimate ?? 0), 0) },
      forecast,
      workAhead: version.released ? 0 : ahead,
      atRisk: forecast?.p85AfterRelease === true,
      openTickets: open.slice(0, OPEN_TICKETS_SHOWN).map((i) => ({ key: i.key, summary: i.summary, points: i.estimate, status: i.statusName })),
    };
  });
  return { versions, basis: { weeksSampled: sampled.weeks.length, unit, trials: DEFAULT_TRIALS } };
}

/** The version's kept forecasts with this week's (replacing an earlier one of the same week), the last two years. */
export function withThisWeek(kept: readonly ForecastRecord[], forecast: FinishForecast | null, week: string, madeOn: string): ForecastRecord[] {
  if (forecast === null) return [...kept];
  const entry: ForecastRecord = { week, madeOn, p50: forecast.p50?.date ?? null, p85: forecast.p85?.date ?? null, p95: forecast.p95?.date ?? null };
  return [...kept.filter((f) => f.week !== week), entry].sort((a, b) => a.week.localeCompare(b.week)).slice(-104);
}

/** How often the kept P85 dates held, once the version is released on its release date. */
export function trackRecordOf(kept: readonly ForecastRecord[], released: boolean, releaseDate: string | null): MilestoneView['trackRecord'] {
  if (!released || releaseDate === null || kept.length === 0) return null;
  const record = forecastTrackRecord(kept.map((f) => ({ madeOn: f.madeOn, p85: f.p85 })), releaseDate);
  return { forecasts: record.held + record.missed, held: record.held, rate: record.heldRate };
}
