/**
 * Forge async events (@forge/events `Queue`): pushes are stored in SQLite (queue_ tables) and delivered to the
 * `consumer` module whose `queue` matches, as `(asyncEvent, context)`. Delays and retries wait on the sandbox
 * clock; job stats and cancel answer the SDK's stats/cancel calls. Delivery starts on setImmediate after a push;
 * `drain()` resolves when nothing due is left (events delayed into the future wait for the clock).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AppFunctions } from './app-functions';
import type { RuntimeClock } from './clock';
import { DEFAULT_ASYNC_TIMEOUT_SECONDS, MAX_RETRIES, MAX_RETRY_AFTER_SECONDS } from './limits';
import type { AppManifest } from './manifest';
import { jsonResponse, toResponse } from './request-init';
import { retryRequested, type RetryContext } from './retry';
import type { WorkTracker } from './work-tracker';

type EventStatus = 'pending' | 'running' | 'success' | 'failed' | 'cancelled';

interface EventRow {
  seq: number;
  event_id: string;
  job_id: string;
  queue_name: string;
  event: string;
  status: EventStatus;
  due_at: number;
  attempts: number;
  retry_context: string | null;
}

interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: unknown;
}

export interface QueueDeps {
  db: Database;
  clock: RuntimeClock;
  manifest: AppManifest;
  functions: AppFunctions;
  tracker: WorkTracker;
  installContext: string;
}

export class AsyncEventQueue {
  private readonly stmts;
  private started = false;
  private pumpQueued = false;

  constructor(private readonly deps: QueueDeps) {
    const { db } = deps;
    db.exec(`CREATE TABLE IF NOT EXISTS queue_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id TEXT NOT NULL UNIQUE,
      job_id TEXT NOT NULL,
      queue_name TEXT NOT NULL,
      event TEXT NOT NULL,
      status TEXT NOT NULL,
      due_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      retry_context TEXT,
      last_error TEXT,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS queue_events_job ON queue_events (job_id);
    CREATE INDEX IF NOT EXISTS queue_events_due ON queue_events (status, due_at)`);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO queue_events (event_id, job_id, queue_name, event, status, due_at, created_at)
         VALUES (@eventId, @jobId, @queueName, @event, 'pending', @dueAt, @createdAt)`,
      ),
      due: db.prepare<[number], EventRow>(`SELECT * FROM queue_events WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, seq`),
      future: db.prepare<[number], EventRow>(`SELECT * FROM queue_events WHERE status = 'pending' AND due_at > ?`),
      claim: db.prepare(`UPDATE queue_events SET status = 'running', attempts = attempts + 1 WHERE seq = ? AND status = 'pending'`),
      finish: db.prepare(`UPDATE queue_events SET status = ?, last_error = ? WHERE seq = ?`),
      retry: db.prepare(`UPDATE queue_events SET status = 'pending', due_at = ?, retry_context = ?, last_error = ? WHERE seq = ?`),
      stats: db.prepare<[string, string], { status: EventStatus; n: number }>(
        'SELECT status, COUNT(*) AS n FROM queue_events WHERE job_id = ? AND queue_name = ? GROUP BY status',
      ),
      cancel: db.prepare(`UPDATE queue_events SET status = 'cancelled' WHERE job_id = ? AND queue_name = ? AND status = 'pending'`),
      recover: db.prepare(`UPDATE queue_events SET status = 'pending' WHERE status = 'running'`),
    };
  }

  /** Stops delivery (the runtime is closing; its database is about to close). */
  stop(): void {
    this.started = false;
  }

  /** Resumes persisted work: events left running by a stopped sandbox are delivered again (Forge is at-least-once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stmts.recover.run();
    for (const row of this.stmts.future.all(this.deps.clock.nowMs())) this.wakeAt(row.due_at);
    this.queuePump();
  }

  /** Answers `/webhook/queue/{publish,stats,cancel}/...` as the Forge events API does. */
  async handle(path: string, bodyText: string | undefined): Promise<Response> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(bodyText ?? '') as Record<string, unknown>;
    } catch {
      return jsonResponse(400, { message: 'The request body is not valid JSON' });
    }
    const queueName = typeof body?.queueName === 'string' ? body.queueName : '';
    const jobId = typeof body?.jobId === 'string' ? body.jobId : '';
    if (!queueName || !jobId) return jsonResponse(400, { message: 'queueName and jobId are required' });
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(queueName, jobId, body.payload);
    if (path.startsWith('/webhook/queue/stats/')) return this.stats(queueName, jobId);
    if (path.startsWith('/webhook/queue/cancel/')) return this.cancel(queueName, jobId);
    return jsonResponse(404, { message: `No queue endpoint ${path}` });
  }

  private publish(queueName: string, jobId: string, payload: unknown): Response {
    if (!Array.isArray(payload) || payload.length === 0) return jsonResponse(400, { message: 'payload must be a non-empty array of events' });
    const now = this.deps.clock.nowMs();
    const events = payload as PushedEvent[];
    this.deps.db.transaction(() => {
      for (const pushed of events) {
        const delay = Math.min(Math.max(pushed.delayInSeconds ?? 0, 0), MAX_RETRY_AFTER_SECONDS);
        this.stmts.insert.run({
          eventId: randomUUID(),
          jobId,
          queueName,
          event: JSON.stringify(pushed),
          dueAt: now + delay * 1000,
          createdAt: now,
        });
        if (delay > 0) this.wakeAt(now + delay * 1000);
      }
    })();
    this.queuePump();
    return jsonResponse(201, {});
  }

  private stats(queueName: string, jobId: string): Response {
    const counts = this.stmts.stats.all(jobId, queueName);
    if (counts.length === 0) return jsonResponse(404, { message: `Job ${jobId} does not exist in queue ${queueName}` });
    const n = (status: EventStatus) => counts.find((c) => c.status === status)?.n ?? 0;
    return jsonResponse(200, { success: n('success'), inProgress: n('pending') + n('running'), failed: n('failed') });
  }

  private cancel(queueName: string, jobId: string): Response {
    if (this.stmts.stats.all(jobId, queueName).length === 0) {
      return jsonResponse(404, { message: `Job ${jobId} does not exist in queue ${queueName}` });
    }
    this.stmts.cancel.run(jobId, queueName);
    return toResponse(204, {}, '');
  }

  /** Resolves when no due event is waiting or being delivered. */
  async drain(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!this.started) return;
      this.pump();
      if (!this.deps.tracker.busy && this.stmts.due.all(this.deps.clock.nowMs()).length === 0) return;
      await this.deps.tracker.idle();
    }
  }

  private wakeAt(at: number): void {
    this.deps.clock.schedule(at, () => this.drain());
  }

  private queuePump(): void {
    if (!this.started || this.pumpQueued) return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /** Starts delivery of every due event; claiming is synchronous, so two pumps never deliver one event twice. */
  private pump(): void {
    if (!this.started) return;
    for (const row of this.stmts.due.all(this.deps.clock.nowMs())) {
      if (this.stmts.claim.run(row.seq).changes === 0) continue;
      void this.deps.tracker.track(this.deliver({ ...row, attempts: row.attempts + 1 }));
    }
  }

  private async deliver(row: EventRow): Promise<void> {
    const consumer = this.deps.manifest.modulesOfType('consumer').find((m) => m.queue === row.queue_name);
    if (!consumer?.function) {
      this.stmts.finish.run('failed', `No consumer module in manifest.yml for queue '${row.queue_name}'`, row.seq);
      return;
    }
    const pushed = JSON.parse(row.event) as PushedEvent;
    const retryContext = row.retry_context ? (JSON.parse(row.retry_context) as RetryContext) : undefined;
    const asyncEvent = {
      ...pushed,
      queueName: row.queue_name,
      jobId: row.job_id,
      eventId: row.event_id,
      ...(retryContext ? { retryContext } : {}),
    };
    const outcome = await this.deps.functions.call(
      {
        functionKey: consumer.function,
        moduleKey: consumer.key,
        moduleType: 'consumer',
        accountId: null,
        timeoutSeconds: this.deps.functions.configuredTimeout(consumer.function, DEFAULT_ASYNC_TIMEOUT_SECONDS),
      },
      [asyncEvent, { installContext: this.deps.installContext }],
    );
    // Retries: requested with InvocationError, or a timeout (which Forge retries itself). A thrown error fails the event.
    const retry = outcome.ok
      ? retryRequested(outcome.value)
      : outcome.timedOut
        ? { retryAfterSeconds: 1, retryReason: 'FUNCTION_TIME_OUT' }
        : null;
    if (!retry) {
      this.stmts.finish.run(outcome.ok ? 'success' : 'failed', outcome.ok ? null : outcome.error.message, row.seq);
      return;
    }
    const retriesDone = row.attempts - 1;
    if (retriesDone >= MAX_RETRIES) {
      this.stmts.finish.run('failed', `Gave up after ${MAX_RETRIES} retries (${retry.retryReason})`, row.seq);
      return;
    }
    const next: RetryContext = { retryCount: retriesDone + 1, retryReason: retry.retryReason, retryData: retry.retryData };
    const dueAt = this.deps.clock.nowMs() + retry.retryAfterSeconds * 1000;
    this.stmts.retry.run(dueAt, JSON.stringify(next), outcome.ok ? null : outcome.error.message, row.seq);
    this.wakeAt(dueAt);
  }
}
