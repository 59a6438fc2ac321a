import { describe, expect, it } from 'vitest';
import { runProjectJob, SAFETY_MARGIN_MS } from '../../../../src/app/jobs/run-project-job';
import { hoursModels, ledgerKey, milestoneModels, modelKey, readinessSummaryModels, scopeModels } from '../../../../src/app/snapshot/read-models';
import { projectSnapshotJob } from '../../../../src/app/snapshot/project-snapshot-job';
import { DAY, snapshotWorld, T0 } from './snapshot-world';
import { loadModel } from '../../../../src/app/snapshot/model-store';

describe('the project snapshot job on fakes', () => {
  it('builds the sprint ledgers with Jira\'s sprint-report rules, and the evidence behind each number', async () => {
    const w = snapshotWorld();
    expect(await runProjectJob(w.deps, projectSnapshotJob, w.project)).toMatchObject({ status: 'finished', progress: { issues: 4 } });
    const s1 = (await loadModel(w.store, ledgerKey(w.project.id, w.sprints.s1.id)))!.value;
    expect(s1.committed.map((t) => t.summary).sort()).toEqual(['Export invoices', 'Pay by card']);
    expect(s1.added.map((t) => t.summary)).toEqual(['Refund a payment']);
    expect(s1.removed.map((t) => t.summary)).toEqual(['Export invoices']);
    expect(s1.completed.map((t) => t.summary)).toEqual(['Pay by card']);
    expect(s1.notCompleted.map((t) => t.summary)).toEqual(['Refund a payment']);
    expect(s1.reEstimated).toMatchObject([{ summary: 'Refund a payment', from: 5, to: 8 }]);
    expect(s1.points).toEqual({ committed: 5, added: 5, removed: 2, completed: 3, notCompleted: 8 });
    expect(s1.added[0]!.events.map((e) => e.what)).toContain('Added to the sprint');
    // Who made the change, by account id: the snapshot keeps no names (the Scope tab reads them from Jira).
    expect(s1.added[0]!.events.find((e) => e.what.startsWith('Estimate'))?.by).toEqual({ accountId: 'dana' });
    const s2 = (await loadModel(w.store, ledgerKey(w.project.id, w.sprints.s2.id)))!.value;
    expect(s2.committed.map((t) => t.summary)).toEqual(['Refund a payment']);
    const summaries = (await loadModel(w.store, modelKey(scopeModels, w.project.id)))!.value.sprints;
    expect(summaries.map((s) => s.name)).toEqual(['Sprint 2', 'Sprint 1']);
    // The planned end is kept beside the start and completion, so an active sprint can say when it ends.
    expect(s1).toMatchObject({ startDate: new Date(T0).toISOString(), endDate: new Date(T0 + 14 * DAY).toISOString(), completeDate: new Date(T0 + 14 * DAY).toISOString() });
    expect(summaries[0]).toMatchObject({ state: 'active', completeDate: null });
  });

  it('counts hours per person and ISO week, and forecasts the version from the team\'s throughput', async () => {
    const w = snapshotWorld();
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    const hours = (await loadModel(w.store, modelKey(hoursModels, w.project.id)))!.value;
    expect(hours.rows).toEqual([
      { week: '2026-W41', accountId: 'dana', seconds: 10_800, hours: 3 },
      { week: '2026-W42', accountId: 'milo', seconds: 7_200, hours: 2 },
      { week: '2026-W43', accountId: 'dana', seconds: 14_400, hours: 4 },
    ]);
    const milestones = (await loadModel(w.store, modelKey(milestoneModels, w.project.id)))!.value;
    const [version] = milestones.versions;
    expect(version).toMatchObject({ name: 'Portal 1.1', progress: { issuesDone: 1, issuesTotal: 4, pointsDone: 3, pointsTotal: 18 } });
    expect(version?.forecast?.p85).not.toBeNull();
    expect(version?.atRisk).toBe(true);
    expect((await loadModel(w.store, modelKey(readinessSummaryModels, w.project.id)))!.value.sprint?.name).toBe('Sprint 3');
  });

  it('reads each issue once per 100 and changelogs once per 1,000 issues; an unchanged project writes no read model', async () => {
    const w = snapshotWorld();
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    expect(w.jira.count('getChangelogs')).toBe(1);
    const before = w.store.calls.filter((c) => c.op === 'save' || c.op === 'saveAll').map((c) => c.key);
    const again = await runProjectJob(w.deps, projectSnapshotJob, w.project, { fresh: true });
    expect(again).toMatchObject({ status: 'finished', progress: { written: 0 } });
    const after = w.store.calls.filter((c) => c.op === 'save' || c.op === 'saveAll').map((c) => c.key);
    // Only the job's own bookkeeping (its state at start and end) is written again.
    expect(after.slice(before.length).every((key) => key.startsWith('job:'))).toBe(true);
  });

  it('picks up a worklog added after the first run from the change feed, without reading every worklog again', async () => {
    const w = snapshotWorld();
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    w.clock.advance(3_600_000);
    w.jira.nowMs = w.clock.now();
    w.jira.logWork(w.issues.carried, 'milo', '2026-10-21T09:00:00.000+0000', 1800);
    w.issues.carried.fields['timespent'] = 4 * 3600 + 1800;
    w.jira.nowMs = w.clock.now() + 120_000;
    w.clock.advance(120_000);
    const reads = w.jira.count('getIssueWorklogs');
    await runProjectJob(w.deps, projectSnapshotJob, w.project, { fresh: true });
    expect(w.jira.count('getChangedWorklogs')).toBeGreaterThan(0);
    expect(w.jira.count('getIssueWorklogs')).toBe(reads);
    const hours = (await loadModel(w.store, modelKey(hoursModels, w.project.id)))!.value;
    expect(hours.rows.find((r) => r.week === '2026-W43' && r.accountId === 'milo')?.hours).toBe(0.5);
  });

  it('a run that outlives its invocation keeps what it read and finishes in the next one with the same result', async () => {
    const clean = snapshotWorld();
    await runProjectJob(clean.deps, projectSnapshotJob, clean.project);
    const w = snapshotWorld();
    w.deadline.set(SAFETY_MARGIN_MS - 1);
    expect(await runProjectJob(w.deps, projectSnapshotJob, w.project)).toMatchObject({ status: 'continued' });
    w.deadline.set(800_000);
    expect(await runProjectJob(w.deps, projectSnapshotJob, w.project, { runId: w.queue.pushed[0]!.message.runId! })).toMatchObject({ status: 'finished' });
    for (const sprint of [w.sprints.s1, w.sprints.s2]) {
      expect((await loadModel(w.store, ledgerKey(w.project.id, sprint.id)))!.value).toEqual((await loadModel(clean.store, ledgerKey(clean.project.id, sprint.id)))!.value);
    }
    expect(w.store.raw('snapshot-scratch-head', `${w.project.id}:run-2`)).toBeUndefined();
  });

  it('a run replaced by a fresh one leaves none of what it kept behind once the fresh one finishes', async () => {
    const w = snapshotWorld();
    w.deadline.set(SAFETY_MARGIN_MS - 1);
    expect(await runProjectJob(w.deps, projectSnapshotJob, w.project)).toMatchObject({ status: 'continued' });
    const kept = [...new Set(w.store.calls.filter((c) => c.op === 'save' && c.key.startsWith('snapshot-scratch')).map((c) => c.key))];
    expect(kept.length).toBeGreaterThan(1);
    // The continuation never comes: "Refresh" starts over later, and that run finishes.
    w.deadline.set(800_000);
    expect(await runProjectJob(w.deps, projectSnapshotJob, w.project, { fresh: true })).toMatchObject({ status: 'finished' });
    for (const key of kept) expect(w.store.raw(key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)), key).toBeUndefined();
  });
});
