import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { jobStateKey } from '../../../../src/app/jobs/job-state';
import type { JobDeps, JobRun, ProjectJob } from '../../../../src/app/jobs/project-job';
import { MAX_ATTEMPTS, requestJobRun, runProjectJob, SAFETY_MARGIN_MS } from '../../../../src/app/jobs/run-project-job';
import { RateLimitedError } from '../../../../src/ports/jira';
import { FakeJira } from '../../../fakes/fake-jira';
import { fakeDeadline, fakeJobQueue, fixedClock, sequentialIds } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

const PROJECT = { id: '10000', key: 'ACC' };

/**
 * A job that copies numbers 1..total into a "sink" in pages of 3, holding each page's numbers until it has
 * 5 or more (like the scan holds results until a bulk write is full): it is settled only when nothing is held.
 */
function copyJob(total: number, sink: number[], options: { failAt?: () => Error | null; onStep?: () => void } = {}) {
  const job: ProjectJob<{ next: number }, { copied: number }> = {
    name: 'copy',
    cursorSchema: z.object({ next: z.int() }),
    progressSchema: z.object({ copied: z.int() }),
    start: () => ({ cursor: { next: 1 }, progress: { copied: 0 } }),
    async open(_deps, _project, from) {
      let next = from.cursor.next;
      let copied = from.progress.copied;
      let held: number[] = [];
      const flush = () => {
        sink.push(...held);
        copied += held.length;
        held = [];
      };
      const run: JobRun<{ next: number }, { copied: number }> = {
        async step() {
          options.onStep?.();
          const failure = options.failAt?.();
          if (failure) throw failure;
          for (let n = next; n < next + 3 && n <= total; n += 1) held.push(n);
          next = Math.min(total + 1, next + 3);
          if (held.length >= 5) flush();
          return { cursor: next > total ? null : { next }, progress: { copied }, settled: held.length === 0 };
        },
        async settle() {
          flush();
          return { copied };
        },
      };
      return run;
    },
  };
  return job;
}

function world() {
  const store = new InMemoryRecordStore();
  const queue = fakeJobQueue();
  const deadline = fakeDeadline();
  const clock = fixedClock();
  const deps: JobDeps = { jira: new FakeJira().asApp(), store, queue, clock, deadline, newRunId: sequentialIds('run') };
  const state = async () => (await store.load(jobStateKey('copy', PROJECT.id)))?.value;
  return { store, queue, deadline, clock, deps, state };
}

describe('runProjectJob', () => {
  it('runs a job to the end and records when it finished', async () => {
    const w = world();
    const sink: number[] = [];
    const outcome = await runProjectJob(w.deps, copyJob(20, sink), PROJECT);
    expect(outcome).toEqual({ status: 'finished', progress: { copied: 20 } });
    expect(sink).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await w.state()).toMatchObject({ status: 'idle', cursor: null, lastFinishedAt: w.clock.now(), failures: 0 });
  });

  it('checkpoints only where nothing is held, so a run that died resumes without losing or repeating work', async () => {
    const w = world();
    const sink: number[] = [];
    let steps = 0;
    // The invocation dies on the fourth step: the step never returns.
    const dying = copyJob(20, sink, { onStep: () => (steps += 1) });
    const original = dying.open.bind(dying);
    dying.open = async (...args) => {
      const run = await original(...args);
      return { ...run, step: () => (steps === 3 ? new Promise(() => undefined) : run.step()) };
    };
    void runProjectJob(w.deps, dying, PROJECT);
    await vi.waitFor(() => expect(steps).toBe(3));
    const checkpoint = await w.state();
    expect(checkpoint).toMatchObject({ status: 'running' });
    // Numbers held in memory at the time are not in the checkpoint's progress.
    expect((checkpoint?.progress as { copied: number }).copied).toBe(sink.length);

    const resumed = await runProjectJob(w.deps, copyJob(20, sink), PROJECT);
    expect(resumed).toEqual({ status: 'finished', progress: { copied: 20 } });
    expect(sink).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('settles, checkpoints and continues through the queue before the invocation runs out', async () => {
    const w = world();
    const sink: number[] = [];
    let steps = 0;
    const job = copyJob(30, sink, { onStep: () => ++steps === 2 && w.deadline.set(SAFETY_MARGIN_MS - 1) });
    const first = await runProjectJob(w.deps, job, PROJECT);
    expect(first).toEqual({ status: 'continued', progress: { copied: 6 } });
    expect(sink).toHaveLength(6);
    expect(w.queue.pushed).toEqual([{ message: { job: 'copy', projectId: PROJECT.id, projectKey: 'ACC', runId: 'run-1' } }]);

    w.deadline.set(800_000);
    const second = await runProjectJob(w.deps, job, PROJECT, { runId: 'run-1' });
    expect(second).toEqual({ status: 'finished', progress: { copied: 30 } });
    expect(sink).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('skips a continuation of a run that a fresh run replaced, or that already ended', async () => {
    const w = world();
    const sink: number[] = [];
    w.deadline.set(SAFETY_MARGIN_MS - 1);
    await runProjectJob(w.deps, copyJob(30, sink), PROJECT);
    w.deadline.set(800_000);
    await runProjectJob(w.deps, copyJob(30, sink), PROJECT, { fresh: true });
    expect(await runProjectJob(w.deps, copyJob(30, sink), PROJECT, { runId: 'run-1' })).toMatchObject({ status: 'skipped' });
    expect(await runProjectJob(w.deps, copyJob(30, sink), PROJECT, { runId: 'run-2' })).toMatchObject({ status: 'skipped' });
  });

  it('waits out a busy Jira through a delayed queue message, and resumes from the checkpoint', async () => {
    const w = world();
    const sink: number[] = [];
    let steps = 0;
    const busyOnce = () => (++steps === 3 ? new RateLimitedError('Jira is busy', { status: 429, retryAfterSeconds: 42 }) : null);
    const outcome = await runProjectJob(w.deps, copyJob(12, sink, { failAt: busyOnce }), PROJECT);
    expect(outcome).toMatchObject({ status: 'retrying', retryAfterSeconds: 42 });
    expect(w.queue.pushed).toEqual([{ message: { job: 'copy', projectId: PROJECT.id, projectKey: 'ACC', runId: 'run-1' }, delaySeconds: 42 }]);
    expect(await w.state()).toMatchObject({ status: 'running', failures: 1, lastError: 'Jira is busy' });

    const resumed = await runProjectJob(w.deps, copyJob(12, sink), PROJECT, { runId: 'run-1' });
    expect(resumed).toEqual({ status: 'finished', progress: { copied: 12 } });
    expect(sink).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await w.state()).toMatchObject({ failures: 0, lastError: null });
  });

  it('leaves a run open after another error, and gives it up after too many stops in a row', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = world();
    const broken = copyJob(12, [], { failAt: () => new Error('storage hiccup') });
    const first = await runProjectJob(w.deps, broken, PROJECT);
    expect(first).toMatchObject({ status: 'interrupted', error: 'storage hiccup' });
    expect(w.queue.pushed).toEqual([]);
    let last = first;
    for (let i = 1; i < MAX_ATTEMPTS; i += 1) last = await runProjectJob(w.deps, broken, PROJECT);
    expect(last).toMatchObject({ status: 'failed', error: expect.stringContaining(`stopped ${MAX_ATTEMPTS} times in a row`) });
    expect(await w.state()).toMatchObject({ status: 'failed' });
    warn.mockRestore();
  });

  it('lets only one invocation hold a run: the other stops without doing anything', async () => {
    const w = world();
    const sink: number[] = [];
    // Another invocation writes the state between this one's start and its first checkpoint.
    const job = copyJob(30, sink, {
      onStep: () => {
        void w.store.load(jobStateKey('copy', PROJECT.id)).then((s) => s && w.store.save(jobStateKey('copy', PROJECT.id), { ...s.value, runId: 'other' }, s.version, 0));
      },
    });
    const outcome = await runProjectJob(w.deps, job, PROJECT);
    expect(outcome).toMatchObject({ status: 'skipped' });
    expect((await w.state())?.runId).toBe('other');
  });

  it('"run now" queues a fresh run, unless one is under way', async () => {
    const w = world();
    const job = copyJob(3, []);
    expect(await requestJobRun(w.deps, job, PROJECT)).toBe('queued');
    expect(w.queue.pushed.at(-1)?.message).toEqual({ job: 'copy', projectId: PROJECT.id, projectKey: 'ACC', runId: null });
    w.deadline.set(SAFETY_MARGIN_MS - 1);
    await runProjectJob(w.deps, copyJob(30, []), PROJECT);
    expect(await requestJobRun(w.deps, job, PROJECT)).toBe('running');
    w.clock.advance(16 * 60_000);
    expect(await requestJobRun(w.deps, job, PROJECT)).toBe('queued');
  });

  it('starts fresh when the stored state cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = world();
    w.store.putRaw('job', `copy:${PROJECT.id}`, PROJECT.id, { status: 'half-written' }, 4);
    const sink: number[] = [];
    expect(await runProjectJob(w.deps, copyJob(6, sink), PROJECT)).toEqual({ status: 'finished', progress: { copied: 6 } });
    expect(w.store.version('job', `copy:${PROJECT.id}`)).toBeGreaterThan(4);
    warn.mockRestore();
  });
});
