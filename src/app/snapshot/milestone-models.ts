import { createHash } from 'node:crypto';
import type { MilestoneView } from '../../contract/project-page';
import { DEFAULT_TRIALS, forecastFinish, forecastTrackRecord, type FinishForecast } from '../../domain/forecast';
import { isoWeekOf, localDateOf, weeksBetween } from '../../domain/weeks';
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

/** Work added to a version per sampled week (a Fix Version change that put it there). */
function growth(versionId: string, facts: CollectedFacts, weeks: readonly string[], timeZone: string, size: (i: IssueFact) => number): number[] {
  const added = new Map<string, number>(weeks.map((w) => [w, 0]));
  for (const issue of facts.issues) {
    for (const change of facts.changes[issue.id] ?? []) {
      if (change.field !== 'fixVersions' || change.to !== versionId) continue;
      const week = weekOf(change.atMs, timeZone);
      if (week !== null && added.has(week)) added.set(week, added.get(week)! + size(issue));
    }
  }
  return weeks.map((w) => added.get(w) ?? 0);
}

/**
 * Each version's progress and, for an unreleased one, a Monte Carlo finish forecast from the project's own weekly
 * throughput over its recent closed sprints, with the version's own scope growth.
 */
export function buildMilestones(setup: SnapshotSetup, facts: CollectedFacts, timeZone: string, nowMs: number): MilestonesModel {
  const unit = setup.estimateMode;
  const size = (i: IssueFact) => (unit === 'issues' ? 1 : (i.estimate ?? 0));
  const sampled = sampling(setup, facts, timeZone, size);
  const today = localDateOf(nowMs, timeZone);
  const currentWeek = weekOf(nowMs, timeZone) ?? '';
  const versions = setup.versions.filter((v) => !v.archived).map((version) => {
    const issues = facts.issues.filter((i) => i.fixVersionIds.includes(version.id) && i.type.toLowerCase() !== 'epic');
    const done = issues.filter((i) => i.category === 'done');
    const open = issues.filter((i) => i.category !== 'done');
    const remaining = open.reduce((sum, i) => sum + size(i), 0);
    let forecast: FinishForecast | null = null;
    if (!version.released && today.ok && sampled.throughput.length > 0) {
      const result = forecastFinish({
        remaining,
        throughputSamples: sampled.throughput,
        growthSamples: growth(version.id, facts, sampled.weeks, timeZone, size),
        period: 'week',
        startDate: today.value,
        releaseDate: version.releaseDate,
        seed: seedOf(`${version.id}|${currentWeek}|${remaining}`),
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
