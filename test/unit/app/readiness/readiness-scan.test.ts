import { describe, expect, it } from 'vitest';
import type { JobDeps } from '../../../../src/app/jobs/project-job';
import { runProjectJob, SAFETY_MARGIN_MS } from '../../../../src/app/jobs/run-project-job';
import { READINESS_PROPERTY } from '../../../../src/app/readiness/jira-fields';
import { readinessScanJob } from '../../../../src/app/readiness/readiness-scan';
import { runReadinessSchedule } from '../../../../src/app/readiness/run-schedule';
import { issueRecords } from '../../../../src/app/signoff/issue-record';
import { JiraUnavailableError } from '../../../../src/ports/jira';
import { issueFields, issueRecordWith } from '../../../fakes/factories';
import { FakeJira } from '../../../fakes/fake-jira';
import { fakeDeadline, fakeJobQueue, fixedClock, sequentialIds } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

/** Too little to start from under any rubric: a placeholder, no story, no criteria. */
const NOT_READY = 'TBD';

/** A project whose future sprint holds `ready` tickets that pass and `unready` ones that say only "TBD". */
function scanWorld(ready: number, unready: number) {
  const jira = new FakeJira();
  const project = jira.addProject({ key: 'ACC' });
  const sprint = jira.addSprint('ACC', { name: 'Sprint 9', state: 'future', startDate: '2026-11-05T09:00:00Z' });
  for (let i = 0; i < ready + unready; i += 1) {
    const issue = jira.addIssue('ACC', issueFields({ summary: `Export rulebase part ${i + 1}`, ...(i < ready ? {} : { description: NOT_READY }) }));
    jira.plan(issue, sprint);
  }
  // Not in a future sprint: never scanned.
  jira.addIssue('ACC', issueFields({ summary: 'Backlog ticket without a sprint' }));
  const store = new InMemoryRecordStore();
  const queue = fakeJobQueue();
  const deadline = fakeDeadline();
  const clock = fixedClock(Date.parse('2026-11-03T09:00:00Z'));
  const deps: JobDeps = { jira: jira.asApp(), store, queue, clock, deadline, newRunId: sequentialIds('run') };
  const results = () => [...jira.issues.values()].map((i) => i.properties[READINESS_PROPERTY] as { score: number; ready: string } | undefined);
  return { jira, project: { id: project.id, key: 'ACC' }, store, queue, deadline, clock, deps, results };
}

describe('the readiness scan job on fakes', () => {
  it('checks every upcoming ticket with one search per 100 and one bulk write per 100 changed results', async () => {
    const w = scanWorld(150, 100);
    const outcome = await runProjectJob(w.deps, readinessScanJob, w.project);
    expect(outcome).toEqual({ status: 'finished', progress: { checked: 250, changed: 250, ready: 150, notReady: 100, mirrorsRepaired: 0 } });
    expect(w.jira.count('searchIssues')).toBe(3);
    expect(w.jira.count('setIssuePropertiesBulk')).toBe(3);
    const stored = w.results();
    expect(stored.filter((r) => r?.ready === 'true')).toHaveLength(150);
    expect(stored.filter((r) => r?.ready === 'false')).toHaveLength(100);
    expect(stored.at(-1)).toBeUndefined();
  });

  it('writes nothing on a rerun where nothing changed, and only the changed result after an edit', async () => {
    const w = scanWorld(20, 5);
    await runProjectJob(w.deps, readinessScanJob, w.project);
    const writes = w.jira.count('setIssuePropertiesBulk');
    expect(await runProjectJob(w.deps, readinessScanJob, w.project, { fresh: true })).toMatchObject({ status: 'finished', progress: { changed: 0 } });
    expect(w.jira.count('setIssuePropertiesBulk')).toBe(writes);

    // Accord's own criteria count for the check: the ticket's result changes once Accord keeps some.
    const unready = [...w.jira.issues.values()].find((i) => i.key === 'ACC-25')!;
    const before = unready.properties[READINESS_PROPERTY] as { score: number };
    await w.store.save(issueRecords.key(unready.id, w.project.id), issueRecordWith(['The export opens in any PDF reader']), null, w.clock.now());
    expect(await runProjectJob(w.deps, readinessScanJob, w.project, { fresh: true })).toMatchObject({ progress: { changed: 1 } });
    expect((unready.properties[READINESS_PROPERTY] as { score: number }).score).toBeGreaterThan(before.score);
    expect(w.jira.count('setIssuePropertiesBulk')).toBe(writes + 1);
  });

  it('continues through the queue when the invocation runs out, and ends as an uninterrupted scan would', async () => {
    const cut = scanWorld(180, 70);
    const clean = scanWorld(180, 70);
    await runProjectJob(clean.deps, readinessScanJob, clean.project);

    let searches = 0;
    const original = cut.deps.jira.searchIssues;
    cut.deps.jira.searchIssues = async (search) => {
      if (++searches === 2) cut.deadline.set(SAFETY_MARGIN_MS - 1);
      return original(search);
    };
    expect(await runProjectJob(cut.deps, readinessScanJob, cut.project)).toMatchObject({ status: 'continued', progress: { checked: 200 } });
    const [message] = cut.queue.pushed;
    expect(message?.message).toMatchObject({ job: 'readiness-scan', projectKey: 'ACC' });
    cut.deadline.set(800_000);
    expect(await runProjectJob(cut.deps, readinessScanJob, cut.project, { runId: message!.message.runId! })).toMatchObject({ status: 'finished', progress: { checked: 250 } });
    expect(cut.results()).toEqual(clean.results());
    expect(cut.jira.count('setIssuePropertiesBulk')).toBe(clean.jira.count('setIssuePropertiesBulk'));
  });

  it('waits when Jira stays unavailable, and the delivery after the delay finishes without writing anything twice', async () => {
    const w = scanWorld(150, 50);
    w.jira.failNext('setIssuePropertiesBulk', () => new JiraUnavailableError('Jira is unavailable', { status: 503, retryAfterSeconds: 30 }));
    const first = await runProjectJob(w.deps, readinessScanJob, w.project);
    expect(first).toMatchObject({ status: 'retrying', retryAfterSeconds: 30 });
    const second = await runProjectJob(w.deps, readinessScanJob, w.project, { runId: w.queue.pushed[0]!.message.runId! });
    expect(second).toEqual({ status: 'finished', progress: { checked: 200, changed: 200, ready: 150, notReady: 50, mirrorsRepaired: 0 } });
    expect(w.results().filter((r) => r !== undefined)).toHaveLength(200);
  });

  it('the hourly schedule scans from two days before the sprint starts, once a day, and resumes a run left open', async () => {
    const w = scanWorld(10, 2);
    w.clock.advance(-3 * 86_400_000);
    expect((await runReadinessSchedule(w.deps))[0]).toMatchObject({ projectKey: 'ACC', decision: 'planning window not open yet' });
    w.clock.advance(3 * 86_400_000);
    expect((await runReadinessSchedule(w.deps))[0]?.outcome).toMatchObject({ status: 'finished' });
    expect((await runReadinessSchedule(w.deps))[0]?.outcome).toBeUndefined();

    w.jira.failNext('searchIssues', () => new Error('network reset'));
    w.clock.advance(86_400_000);
    expect((await runReadinessSchedule(w.deps))[0]?.outcome).toMatchObject({ status: 'interrupted' });
    expect((await runReadinessSchedule(w.deps))[0]).toMatchObject({ decision: 'resuming an unfinished scan', outcome: { status: 'finished' } });
  });

  it('rewrites every forged mirror from the record, so JQL on the aliases converges to the truth', async () => {
    const w = scanWorld(3, 1);
    await runProjectJob(w.deps, readinessScanJob, w.project);
    const [withRecord, withoutRecord, unready] = ['ACC-1', 'ACC-2', 'ACC-4'].map((key) => w.jira.issue(key));
    await w.store.save(issueRecords.key(withRecord!.id, w.project.id), issueRecordWith(['The export opens in any PDF reader']), null, w.clock.now());
    // Someone with Edit permission writes the mirrors by hand: a fake approval, fake criteria counts, and a
    // readiness result that keeps the real fingerprint but says ready.
    withRecord!.properties['accord-signoff'] = { state: 'approved', hash: 'f'.repeat(64), updatedAt: '2026-11-01T00:00:00Z' };
    withoutRecord!.properties['accord-criteria'] = { count: 12, passed: 12, failed: 0 };
    const real = unready!.properties[READINESS_PROPERTY] as Record<string, unknown>;
    unready!.properties[READINESS_PROPERTY] = { ...real, ready: 'true', score: 100 };

    const outcome = await runProjectJob(w.deps, readinessScanJob, w.project, { fresh: true });
    // Both mirrors of each forged issue (the one beside the forged one was missing or out of date too),
    // and the forged readiness result among the changed ones.
    expect(outcome).toMatchObject({ status: 'finished', progress: { mirrorsRepaired: 4, changed: 1 } });
    expect(withRecord!.properties['accord-signoff']).toMatchObject({ state: 'pending', hash: null });
    expect(withRecord!.properties['accord-criteria']).toEqual({ count: 1, passed: 0, failed: 0 });
    expect(withoutRecord!.properties['accord-criteria']).toEqual({ count: 0, passed: 0, failed: 0 });
    expect(unready!.properties[READINESS_PROPERTY]).toMatchObject({ ready: real['ready'], score: real['score'] });
    // And once repaired, nothing more to write.
    expect(await runProjectJob(w.deps, readinessScanJob, w.project, { fresh: true })).toMatchObject({ progress: { changed: 0, mirrorsRepaired: 0 } });
  });
});
