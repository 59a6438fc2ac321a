/**
 * Calls the app's functions the way Forge does: the handler named in manifest.yml (`index.<export>`), inside its
 * own invocation context, with the function's timeout, and recorded in the invocation log.
 */
import { randomUUID } from 'node:crypto';
import { invocationStore } from './invocation-context';
import type { InvocationLog } from './invocation-log';
import type { AppManifest } from './manifest';

export interface CallSpec {
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  accountId: string | null;
  timeoutSeconds: number;
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: Error; timedOut: boolean };

export class FunctionTimeoutError extends Error {
  override name = 'FunctionTimeoutError';
}

type Handler = (...args: unknown[]) => unknown;

export class AppFunctions {
  private exports: Promise<Record<string, unknown>> | undefined;

  constructor(
    private readonly manifest: AppManifest,
    private readonly loadApp: () => Promise<Record<string, unknown>> | Record<string, unknown>,
    private readonly log: InvocationLog,
    private readonly sandboxNow: () => Date,
  ) {}

  private async handler(functionKey: string): Promise<Handler> {
    const declared = this.manifest.function(functionKey);
    this.exports ??= Promise.resolve(this.loadApp());
    const exports = await this.exports;
    // Handlers are `<module>.<export>`; the sandbox loads one entry module (src/index.ts) and reads the export.
    const exportName = declared.handler.slice(declared.handler.lastIndexOf('.') + 1);
    const handler = exports[exportName];
    if (typeof handler !== 'function') {
      throw new Error(`Function '${functionKey}' names handler '${declared.handler}', but the app exports no function '${exportName}'`);
    }
    return handler as Handler;
  }

  /** Timeout of a function for a module kind with a configurable limit (consumers and scheduled triggers). */
  configuredTimeout(functionKey: string, fallbackSeconds: number): number {
    return this.manifest.functions.get(functionKey)?.timeoutSeconds ?? fallbackSeconds;
  }

  async call(spec: CallSpec, args: unknown[]): Promise<CallOutcome> {
    const started = Date.now();
    const at = this.sandboxNow().toISOString();
    const timeoutMs = spec.timeoutSeconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    let outcome: CallOutcome;
    try {
      const handler = await this.handler(spec.functionKey);
      const context = {
        invocationId: randomUUID(),
        functionKey: spec.functionKey,
        moduleKey: spec.moduleKey,
        moduleType: spec.moduleType,
        accountId: spec.accountId,
        deadline: started + timeoutMs,
      };
      const run = invocationStore.run(context, () => Promise.resolve().then(() => handler(...args)));
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new FunctionTimeoutError(`Function '${spec.functionKey}' timed out after ${spec.timeoutSeconds} s`)),
          timeoutMs,
        );
        timer.unref();
      });
      outcome = { ok: true, value: await Promise.race([run, timeout]) };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      outcome = { ok: false, error, timedOut: error instanceof FunctionTimeoutError };
    } finally {
      if (timer) clearTimeout(timer);
    }
    this.log.add({
      at,
      functionKey: spec.functionKey,
      moduleKey: spec.moduleKey,
      ok: outcome.ok,
      ms: Date.now() - started,
      ...(outcome.ok ? {} : { error: outcome.error.message }),
    });
    return outcome;
  }
}
