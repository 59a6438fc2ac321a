import { z } from 'zod';
import { raidSnapshot } from '../../domain/raid';
import { isoWeekOf, localDateOf } from '../../domain/weeks';
import type { JobDeps, JobRun, ProjectJob, ProjectRef, StepResult } from '../jobs/project-job';
import { allRaidItems } from '../raid/raid-view';
import { loadSettings } from '../settings/load-settings';
import { FactCollector, type CollectorState } from './collect';
import { buildHours } from './hours-models';
import { buildMilestones, withThisWeek } from './milestone-models';
import { nextSprintReadiness } from './next-sprint-readiness';
import { currentSignoffStates, detectionFacts } from './detection-inputs';
import { detectAll } from '../../domain/detections';
import { recordsByIssue } from '../signoff/criteria-by-issue';
import {
  detectionModels,
  forecastHistoryKey,
  hoursModels,
  ledgerKey,
  milestoneModels,
  modelKey,
  RAID_SNAPSHOT_WEEKS,
  raidSnapshotModels,
  readinessSummaryModels,
  reportPartModels,
  scopeModels,
} from './read-models';
import { clearAllScratch, loadScratch, saveScratch } from './scratch';
import { buildScope } from './scope-models';
import { buildReportParts } from './report-models';
import { readSetup, type SnapshotSetup } from './setup';
import { PROJECT_SNAPSHOT_JOB } from './snapshot-status';
import { worklogWrites, loadWorklogs, type StoredWorklogs } from './worklog-store';
import { MAX_WRITES_TOGETHER } from '../../ports/store';
import { loadModel, saveModel } from './model-store';

/** Where a run stands: reading (its collected facts kept under `scratchId` when it had to continue) or done. */
export interface SnapshotCursor {
  scratchId: string | null;
}

export interface SnapshotProgress {
  issues: number;
  /** Read-model records written (0 when nothing changed). */
  written: number;
}

const cursorSchema = z.object({ scratchId: z.string().nullable() });
const progressSchema = z.object({ issues: z.int().nonnegative(), written: z.int().nonnegative() });

/**
 * The project snapshot: reads the project from Jira (issues page by page, changelogs 1,000 issues a request,
 * worklogs since the watermark, sprints, versions, statuses), builds the read models the page shows (sprint
 * ledgers, hours, milestone forecasts, RAID snapshot, next-sprint readiness) and writes only those that changed.
 * Runs on the general job runner: hourly, on demand, and on sprint, worklog and version events.
 */
export const projectSnapshotJob: ProjectJob<SnapshotCursor, SnapshotProgress> = {
  name: PROJECT_SNAPSHOT_JOB,
  cursorSchema,
  progressSchema,
  start: () => ({ cursor: { scratchId: null }, progress: { issues: 0, written: 0 } }),
  async open(deps, project, from) {
    return new SnapshotRun(deps, project, from.cursor.scratchId, from.progress);
  },
};

interface Kept {
  setup: SnapshotSetup;
  collector: CollectorState;
}

class SnapshotRun implements JobRun<SnapshotCursor, SnapshotProgress> {
  private setup: SnapshotSetup | null = null;
  private stored: StoredWorklogs | null = null;
  private collector: FactCollector | null = null;
  private readonly startedAt: number;

  constructor(
    private readonly deps: JobDeps,
    private readonly project: ProjectRef,
    private scratchId: string | null,
    private progress: SnapshotProgress,
  ) {
    this.startedAt = deps.clock.now();
  }

  async step(): Promise<StepResult<SnapshotCursor, SnapshotProgress>> {
    if (this.collector === null) await this.begin();
    const collector = this.collector!;
    if (collector.phase !== 'done') {
      await collector.step();
      this.progress = { ...this.progress, issues: collector.result().issues.length };
      // Keep a scratch id ready, so a continuation finds what settle() keeps.
      this.scratchId ??= this.deps.newRunId();
      return { cursor: { scratchId: this.scratchId }, progress: this.progress, settled: false };
    }
    const written = await this.finish();
    this.progress = { ...this.progress, written };
    return { cursor: null, progress: this.progress, settled: true };
  }

  /** Before the invocation ends: keep what was collected, for the continuation. */
  async settle(): Promise<SnapshotProgress> {
    if (this.collector && this.setup && this.collector.phase !== 'done' && this.scratchId) {
      const kept: Kept = { setup: this.setup, collector: this.collector.save() };
      await saveScratch(this.deps.store, this.project.id, this.scratchId, kept, this.deps.clock.now());
    }
    return this.progress;
  }

  private async begin(): Promise<void> {
    this.stored = await loadWorklogs(this.deps.store, this.project.id);
    const kept = this.scratchId ? ((await loadScratch(this.deps.store, this.project.id, this.scratchId)) as Kept | null) : null;
    this.setup = kept?.setup ?? (await readSetup(this.deps.jira, this.deps.store, this.project.key, this.deps.clock.now()));
    this.collector = new FactCollector(this.deps, this.project, this.setup, this.stored, this.startedAt);
    if (kept) this.collector.restore(kept.collector);
  }

  /** Builds every read model and writes the ones that changed; answers how many records were written. */
  private async finish(): Promise<number> {
    const { deps, project } = this;
    const setup = this.setup!;
    const facts = this.collector!.result();
    const now = deps.clock.now();
    const { settings } = await loadSettings(deps.store, project.id);
    const zone = settings.projectManager.timeZone;
    const week = isoWeekOf(now, zone);
    const today = localDateOf(now, zone);
    const thisWeek = week.ok ? week.value.week : new Date(now).toISOString().slice(0, 10);
    let written = 0;
    const write = async (changed: Promise<boolean>) => {
      if (await changed) written += 1;
    };

    const scope = buildScope(setup, facts, now);
    await write(saveModel(deps.store, modelKey(scopeModels, project.id), { sprints: scope.summaries }, now));
    for (const ledger of scope.ledgers) await write(saveModel(deps.store, ledgerKey(project.id, ledger.id), ledger, now));

    const hours = buildHours(facts, zone, setup.estimateMode);
    await write(saveModel(deps.store, modelKey(hoursModels, project.id), hours, now));

    const milestones = buildMilestones(setup, facts, zone, now);
    await write(saveModel(deps.store, modelKey(milestoneModels, project.id), milestones, now));
    for (const version of milestones.versions) {
      if (!version.forecast || !today.ok) continue;
      const key = forecastHistoryKey(project.id, version.id);
      const kept = (await loadModel(deps.store, key).catch(() => undefined))?.value.forecasts ?? [];
      await write(saveModel(deps.store, key, { forecasts: withThisWeek(kept, version.forecast, thisWeek, today.value) }, now));
    }

    const items = await allRaidItems(deps.store, project.id);
    const snapshot = raidSnapshot(items, thisWeek);
    if (snapshot.ok) {
      const kept = (await loadModel(deps.store, modelKey(raidSnapshotModels, project.id)).catch(() => undefined))?.value.weeks ?? [];
      const weeks = [...kept.filter((w) => w.week !== thisWeek), snapshot.value].sort((a, b) => a.week.localeCompare(b.week)).slice(-RAID_SNAPSHOT_WEEKS);
      await write(saveModel(deps.store, modelKey(raidSnapshotModels, project.id), { weeks }, now));
    }

    const records = await recordsByIssue(deps.store, project.id);
    await write(saveModel(deps.store, modelKey(reportPartModels, project.id), buildReportParts(facts, zone, now), now));

    const readiness = await nextSprintReadiness(deps, project, setup, records);
    await write(saveModel(deps.store, modelKey(readinessSummaryModels, project.id), readiness.summary, now));

    const inputs = {
      setup,
      facts,
      records,
      readiness: readiness.tickets.map((t) => ({ issueId: t.issue.id, result: t.result })),
      scopes: scope.scopes,
      hours,
      milestones,
      raidItems: items,
      settings: settings.projectManager,
      nowMs: now,
    };
    const signoffStates = await currentSignoffStates(deps.jira, inputs);
    const detected = detectAll(detectionFacts(inputs, signoffStates), settings.projectManager.detections, { nowMs: now, timeZone: zone });
    if (detected.ok) {
      // A signal keeps the time it was first found, so the weekly report can list the risks new in its week.
      const before = (await loadModel(deps.store, modelKey(detectionModels, project.id)).catch(() => undefined))?.value.signals ?? [];
      const firstSeen = new Map(before.map((s) => [s.signalKey, s.firstSeenAt]));
      const signals = detected.value.map((s) => ({ ...s, evidence: s.evidence.map((e) => ({ ...e })), firstSeenAt: firstSeen.get(s.signalKey) ?? new Date(now).toISOString() }));
      await write(saveModel(deps.store, modelKey(detectionModels, project.id), { signals }, now));
    } else console.warn(`No detected risks for ${project.key}: ${detected.error.message}`);

    // Worklogs last: the watermark moves only once everything read since it is kept.
    const writes = worklogWrites(project.id, this.stored!, facts.worklogs, facts.watermark);
    for (let i = 0; i < writes.length; i += MAX_WRITES_TOGETHER) {
      const saved = await deps.store.saveAll(writes.slice(i, i + MAX_WRITES_TOGETHER), now);
      if (!saved.ok) throw new Error(`Another snapshot run of ${project.key} wrote its worklogs at the same time`);
      written += Math.min(MAX_WRITES_TOGETHER, writes.length - i);
    }
    await clearAllScratch(deps.store, project.id);
    return written;
  }
}
