/**
 * Scheduled triggers (FORGE-FACTS §2): run on demand ("run now"), and by a scheduler that fires each trigger
 * whenever the sandbox clock passes its next due time (fiveMinute / hour / day / week). Due times and runs are
 * kept in SQLite (runtime_ tables), so a restarted sandbox does not fire everything at once. Like Forge, a
 * missed interval is not made up: after a long jump the trigger runs once per interval stepped through.
 */
import type { Database } from 'better-sqlite3';
import type { AppFunctions } from './app-functions';
import type { RuntimeClock } from './clock';
import { DEFAULT_ASYNC_TIMEOUT_SECONDS } from './limits';
import type { AppManifest, ModuleDeclaration } from './manifest';
import type { ScheduledRun } from './types';

const INTERVAL_MS: Record<string, number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

export interface SchedulerDeps {
  db: Database;
  clock: RuntimeClock;
  manifest: AppManifest;
  functions: AppFunctions;
  cloudId: string;
  installContext: string;
}

export class ScheduledTriggers {
  private readonly stmts;
  private cancels: Array<() => void> = [];

  constructor(private readonly deps: SchedulerDeps) {
    deps.db.exec(`CREATE TABLE IF NOT EXISTS runtime_schedule (trigger_key TEXT PRIMARY KEY, next_due INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS runtime_scheduled_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, trigger_key TEXT NOT NULL, at INTEGER NOT NULL,
        ok INTEGER NOT NULL, error TEXT, duration_ms INTEGER NOT NULL)`);
    this.stmts = {
      nextDue: deps.db.prepare<[string], { next_due: number }>('SELECT next_due FROM runtime_schedule WHERE trigger_key = ?'),
      setNextDue: deps.db.prepare(
        'INSERT INTO runtime_schedule (trigger_key, next_due) VALUES (?, ?) ON CONFLICT (trigger_key) DO UPDATE SET next_due = excluded.next_due',
      ),
      record: deps.db.prepare('INSERT INTO runtime_scheduled_runs (trigger_key, at, ok, error, duration_ms) VALUES (?, ?, ?, ?, ?)'),
      runs: deps.db.prepare<[number], { trigger_key: string; at: number; ok: number; error: string | null; duration_ms: number }>(
        'SELECT trigger_key, at, ok, error, duration_ms FROM runtime_scheduled_runs ORDER BY id DESC LIMIT ?',
      ),
    };
  }

  triggers(): ModuleDeclaration[] {
    return this.deps.manifest.modulesOfType('scheduledTrigger');
  }

  /** Starts the scheduler: each trigger first falls due one interval from now (or when it was due before a restart). */
  start(): void {
    const now = this.deps.clock.nowMs();
    for (const trigger of this.triggers()) {
      const interval = INTERVAL_MS[trigger.interval ?? 'hour'] ?? INTERVAL_MS.hour!;
      const stored = this.stmts.nextDue.get(trigger.key)?.next_due;
      this.plan(trigger, Math.max(stored ?? now + interval, now), interval);
    }
  }

  stop(): void {
    for (const cancel of this.cancels) cancel();
    this.cancels = [];
  }

  private plan(trigger: ModuleDeclaration, dueAt: number, interval: number): void {
    this.stmts.setNextDue.run(trigger.key, dueAt);
    this.cancels.push(
      this.deps.clock.schedule(dueAt, async () => {
        await this.run(trigger);
        this.plan(trigger, Math.max(dueAt + interval, this.deps.clock.nowMs()), interval);
      }),
    );
  }

  async runNow(triggerKey?: string): Promise<ScheduledRun[]> {
    const triggers = this.triggers().filter((t) => triggerKey === undefined || t.key === triggerKey);
    if (triggerKey !== undefined && triggers.length === 0) {
      throw new Error(`manifest.yml declares no scheduledTrigger '${triggerKey}'`);
    }
    const runs: ScheduledRun[] = [];
    for (const trigger of triggers) runs.push(await this.run(trigger));
    return runs;
  }

  private async run(trigger: ModuleDeclaration): Promise<ScheduledRun> {
    const started = Date.now();
    const at = this.deps.clock.nowMs();
    if (!trigger.function) return { triggerKey: trigger.key, ok: false, error: 'scheduledTrigger has no function', durationMs: 0 };
    const request = {
      context: { cloudId: this.deps.cloudId, moduleKey: trigger.key },
      contextToken: `sandbox-context-token-${trigger.key}`,
    };
    const outcome = await this.deps.functions.call(
      {
        functionKey: trigger.function,
        moduleKey: trigger.key,
        moduleType: 'scheduledTrigger',
        accountId: null,
        timeoutSeconds: this.deps.functions.configuredTimeout(trigger.function, DEFAULT_ASYNC_TIMEOUT_SECONDS),
      },
      [request, { principal: undefined, installContext: this.deps.installContext }],
    );
    const run: ScheduledRun = {
      triggerKey: trigger.key,
      ok: outcome.ok,
      ...(outcome.ok ? {} : { error: outcome.error.message }),
      durationMs: Date.now() - started,
    };
    this.stmts.record.run(run.triggerKey, at, run.ok ? 1 : 0, run.error ?? null, run.durationMs);
    return run;
  }

  /** Recorded runs, newest first. */
  history(limit = 100): Array<ScheduledRun & { at: string }> {
    return this.stmts.runs.all(limit).map((r) => ({
      triggerKey: r.trigger_key,
      at: new Date(r.at).toISOString(),
      ok: r.ok === 1,
      ...(r.error ? { error: r.error } : {}),
      durationMs: r.duration_ms,
    }));
  }
}
