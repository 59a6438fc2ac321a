import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IssueEvent, ProductEvent } from '../../../sandbox/jira/emulator-types';
import { installTestRuntime, type TestRuntime } from './fixtures/setup';

let t: TestRuntime;
let events: typeof import('@forge/events');
let kvs: typeof import('@forge/kvs').kvs;

beforeAll(async () => {
  t = await installTestRuntime();
  events = await import('@forge/events');
  kvs = (await import('@forge/kvs')).kvs;
});

beforeEach(() => {
  t.app.seen.triggers.length = 0;
  t.app.seen.worker.length = 0;
  t.app.seen.scheduled.length = 0;
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('async events: Queue.push to the consumer', () => {
  it('delivers pushed events to the consumer as AsyncEvents and drainQueues waits for them', async () => {
    const { jobId } = await new events.Queue({ key: 'work' }).push([{ body: { id: 'a' } }, { body: { id: 'b' } }]);
    await t.runtime.drainQueues();
    expect(t.app.seen.worker.map((e) => e.body)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(t.app.seen.worker[0]).toMatchObject({ queueName: 'work', jobId, eventId: expect.any(String) });
    expect(t.app.seen.worker[0]?.retryContext).toBeUndefined();
    expect(await kvs.get('done:b')).toBe(true);
    expect(await new events.Queue({ key: 'work' }).getStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it('waits for events that consumers push in turn', async () => {
    await new events.Queue({ key: 'work' }).push({ body: { id: 'root', fanOut: 3 } });
    await t.runtime.drainQueues();
    expect(t.app.seen.worker.map((e) => (e.body as { id: string }).id).sort()).toEqual(['root', 'root.0', 'root.1', 'root.2']);
  });

  it('holds delayed events until the sandbox clock reaches them', async () => {
    const queue = new events.Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { id: 'later' }, delayInSeconds: 120 });
    await t.runtime.drainQueues();
    expect(t.app.seen.worker).toHaveLength(0);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 1, failed: 0 });
    await t.runtime.clock.advance(2 * MINUTE);
    expect(t.app.seen.worker.map((e) => e.body)).toEqual([{ id: 'later' }]);
    expect(await queue.getStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('retries an InvocationError with retryContext, after retryAfter on the clock', async () => {
    t.app.retryPlan.set('flaky', 2);
    await new events.Queue({ key: 'work' }).push({ body: { id: 'flaky' } });
    await t.runtime.drainQueues();
    expect(t.app.seen.worker).toHaveLength(1);
    await t.runtime.clock.advance(10_000);
    await t.runtime.clock.advance(10_000);
    expect(t.app.seen.worker.map((e) => e.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { left: 2 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { left: 1 } },
    ]);
    expect(await kvs.get('done:flaky')).toBe(true);
  });

  it('gives up after 4 retries and counts the event as failed', async () => {
    t.app.retryPlan.set('hopeless', 99);
    const queue = new events.Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { id: 'hopeless' } });
    await t.runtime.drainQueues();
    await t.runtime.clock.advance(10 * MINUTE);
    expect(t.app.seen.worker).toHaveLength(5);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('cancels what a job has not delivered yet, and knows no unknown job', async () => {
    const queue = new events.Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { id: 'cancel-me' }, delayInSeconds: 60 });
    await queue.cancel(jobId);
    await t.runtime.clock.advance(2 * MINUTE);
    expect(t.app.seen.worker).toHaveLength(0);
    await expect(queue.getStats('no-such-job')).rejects.toBeInstanceOf(events.JobDoesNotExistError);
  });
});

const updated = (key: string, selfGenerated: boolean): IssueEvent => ({
  eventType: 'avi:jira:updated:issue',
  selfGenerated,
  atlassianId: 'user-po',
  issue: { id: '1', key, fields: { summary: 'S' } },
  changelog: { id: 'c1', items: [] },
  timestamp: 1,
});

describe('product events to triggers', () => {
  it('calls every subscribed trigger with the event and context', async () => {
    await t.runtime.deliverProductEvent(updated('ACC-1', false));
    expect(t.app.seen.triggers.map((s) => s.handler).sort()).toEqual(['onUpdate', 'onUpdateAll']);
    expect(t.app.seen.triggers[0]).toMatchObject({
      event: { eventType: 'avi:jira:updated:issue', issue: { key: 'ACC-1' } },
      context: { installContext: 'ari:cloud:jira::site/cloud-1', principal: { accountId: 'user-po' } },
    });
  });

  it('honours filter.ignoreSelf for events the app caused', async () => {
    await t.runtime.deliverProductEvent(updated('ACC-2', true));
    expect(t.app.seen.triggers.map((s) => s.handler)).toEqual(['onUpdateAll']);
    expect(t.app.seen.triggers[0]?.event.selfGenerated).toBe(true);
  });

  it('delivers only to triggers of that event type', async () => {
    await t.runtime.deliverProductEvent({ ...updated('ACC-3', false), eventType: 'avi:jira:deleted:issue' });
    expect(t.app.seen.triggers.map((s) => s.handler)).toEqual(['onDelete']);
  });

  it('delivers sprint and worklog events to their subscribers, and events nobody subscribes to to no trigger', async () => {
    const started: ProductEvent = {
      eventType: 'avi:jira-software:started:sprint',
      selfGenerated: false,
      atlassianId: 'user-pm',
      sprint: { id: '7', originBoardId: '1', name: 'ACC Sprint 7', state: 'active' },
      timestamp: 1,
    };
    await t.runtime.deliverProductEvent(started);
    expect(t.app.seen.triggers.map((s) => s.handler)).toEqual(['onAgileOrWork']);
    expect(t.app.seen.triggers[0]?.event).toMatchObject({ eventType: 'avi:jira-software:started:sprint', sprint: { id: '7' } });
    const logged: ProductEvent = { eventType: 'avi:jira:created:worklog', selfGenerated: false, worklog: { id: '1', issueId: '2', timeSpentSeconds: 60 }, timestamp: 1 };
    await t.runtime.deliverProductEvent(logged);
    expect(t.app.seen.triggers.map((s) => s.handler)).toEqual(['onAgileOrWork', 'onAgileOrWork']);
    t.app.seen.triggers.length = 0;
    for (const eventType of ['avi:jira:deleted:worklog', 'avi:jira:released:version', 'avi:jira-software:closed:sprint'] as const) {
      const unsubscribed: ProductEvent =
        eventType === 'avi:jira:deleted:worklog'
          ? { eventType, selfGenerated: false, worklog: { id: '1' }, timestamp: 1 }
          : eventType === 'avi:jira:released:version'
            ? { eventType, selfGenerated: false, version: { id: '10000' }, timestamp: 1 }
            : { eventType, selfGenerated: false, sprint: { id: '7' }, timestamp: 1 };
      await t.runtime.deliverProductEvent(unsubscribed);
    }
    expect(t.app.seen.triggers).toEqual([]);
  });

  it('retries a trigger that returns InvocationError, honouring retryAfter on the clock', async () => {
    await t.runtime.deliverProductEvent(updated('RETRY-1', false));
    const onUpdateCalls = () => t.app.seen.triggers.filter((s) => s.handler === 'onUpdate');
    expect(onUpdateCalls()).toHaveLength(1);
    await t.runtime.clock.advance(29_000);
    expect(onUpdateCalls()).toHaveLength(1);
    await t.runtime.clock.advance(2 * MINUTE);
    expect(onUpdateCalls().map((s) => s.event.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { n: 0 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { n: 1 } },
    ]);
  });
});

describe('scheduled triggers', () => {
  it('runs a trigger by key with the request and context of FORGE-FACTS §2', async () => {
    const runs = await t.runtime.runScheduledTriggers('hourly');
    expect(runs).toEqual([{ triggerKey: 'hourly', ok: true, durationMs: expect.any(Number) }]);
    expect(t.app.seen.scheduled[0]).toEqual({
      request: { context: { cloudId: 'cloud-1', moduleKey: 'hourly' }, contextToken: expect.any(String) },
      context: { principal: undefined, installContext: 'ari:cloud:jira::site/cloud-1' },
    });
    expect(t.jira.requests.at(-1)?.actor).toEqual({ kind: 'app' });
    expect(await kvs.get('last-scan')).toEqual({ status: 200 });
    await expect(t.runtime.runScheduledTriggers('nope')).rejects.toThrow(/no scheduledTrigger 'nope'/);
  });

  it('fires hourly triggers as the clock passes each hour, and records the runs', async () => {
    const before = t.runtime.scheduledRunHistory().length;
    await t.runtime.clock.advance(HOUR);
    expect(t.app.seen.scheduled.length).toBeGreaterThanOrEqual(1);
    const afterOneHour = t.app.seen.scheduled.length;
    await t.runtime.clock.advance(3 * HOUR);
    expect(t.app.seen.scheduled.length).toBe(afterOneHour + 3);
    expect(t.runtime.scheduledRunHistory().length).toBe(before + afterOneHour + 3);
  });
});
