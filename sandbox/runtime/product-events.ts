/**
 * Product events to `trigger` modules (FORGE-FACTS §3): every trigger whose `events` include the event type is
 * called with `(event, context)`; `filter.ignoreSelf` drops events the app caused. A trigger returning an
 * InvocationError (or timing out) is retried on the sandbox clock, at most 4 times, with `event.retryContext`.
 */
import type { ProductEvent } from '../jira/emulator-types';
import type { AppFunctions } from './app-functions';
import type { RuntimeClock } from './clock';
import { MAX_RETRIES, TRIGGER_TIMEOUT_SECONDS } from './limits';
import type { AppManifest, ModuleDeclaration } from './manifest';
import { retryRequested, type RetryContext } from './retry';
import type { WorkTracker } from './work-tracker';

export interface ProductEventDeps {
  manifest: AppManifest;
  functions: AppFunctions;
  clock: RuntimeClock;
  tracker: WorkTracker;
  installContext: string;
}

export class ProductEventDelivery {
  constructor(private readonly deps: ProductEventDeps) {}

  subscribers(event: ProductEvent): ModuleDeclaration[] {
    return this.deps.manifest
      .modulesOfType('trigger')
      .filter((m) => Array.isArray(m.events) && m.events.includes(event.eventType))
      .filter((m) => !(m.filter?.ignoreSelf === true && event.selfGenerated));
  }

  /** Resolves when every subscriber's first attempt finished; retries run later on the clock. */
  async deliver(event: ProductEvent): Promise<void> {
    await this.deps.tracker.track(Promise.all(this.subscribers(event).map((trigger) => this.attempt(trigger, event, 0, undefined))));
  }

  private async attempt(trigger: ModuleDeclaration, event: ProductEvent, retriesDone: number, retryContext: RetryContext | undefined): Promise<void> {
    if (!trigger.function) return;
    const context = {
      installContext: this.deps.installContext,
      ...(event.atlassianId ? { principal: { accountId: event.atlassianId } } : {}),
    };
    const outcome = await this.deps.functions.call(
      { functionKey: trigger.function, moduleKey: trigger.key, moduleType: 'trigger', accountId: null, timeoutSeconds: TRIGGER_TIMEOUT_SECONDS },
      [retryContext ? { ...event, retryContext } : event, context],
    );
    const retry = outcome.ok
      ? retryRequested(outcome.value)
      : outcome.timedOut
        ? { retryAfterSeconds: 1, retryReason: 'FUNCTION_TIME_OUT' }
        : null;
    if (!retry || retriesDone >= MAX_RETRIES) return;
    const next: RetryContext = { retryCount: retriesDone + 1, retryReason: retry.retryReason, retryData: retry.retryData };
    this.deps.clock.schedule(this.deps.clock.nowMs() + retry.retryAfterSeconds * 1000, () =>
      this.deps.tracker.track(this.attempt(trigger, event, retriesDone + 1, next)),
    );
  }
}
