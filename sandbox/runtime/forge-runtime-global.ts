/**
 * The `__forge_runtime__` object @forge/api reads (shape: node_modules/@forge/api/out/api/runtime.d.ts).
 * `appContext` and `lambdaContext` are getters over the current invocation's AsyncLocalStorage store, so
 * concurrent invocations each see their own. Outside any invocation they answer with neutral defaults, so
 * that code run directly by tests and scripts still works.
 */
import { randomUUID } from 'node:crypto';
import { currentInvocation } from './invocation-context';

export interface RuntimeIdentity {
  appId: string;
  environmentId: string;
  environmentType: string;
  cloudId: string;
  license?: Record<string, unknown>;
  /** When set, @forge/kvs uses its proxied form (`{type: 'kvs'}` plus Authorization/Host headers). */
  kvsProxy?: { url: string; host: string };
}

const noopMetrics = {
  counter: () => ({ incr() {}, incrBy() {}, decr() {}, decrBy() {} }),
  timing: () => ({ measure: () => ({ stop() {} }) }),
  gauge: () => ({ set() {} }),
};

/** The app id in manifest.yml is an ARI; appContext.appId is its last segment, as in Forge. */
export const bareAppId = (appId: string): string => appId.slice(appId.lastIndexOf('/') + 1);

export function buildForgeRuntimeGlobal(identity: RuntimeIdentity): Record<string, unknown> {
  const installationId = `sandbox-installation-${identity.cloudId}`;
  return {
    proxy: { token: 'sandbox-proxy-token', url: 'http://sandbox.invalid/proxy' },
    contextAri: `ari:cloud:jira::site/${identity.cloudId}`,
    container: { region: 'local', runtime: 'nodejs', handler: 'index', appCodeDir: process.cwd() },
    get appContext() {
      const inv = currentInvocation();
      return {
        appId: bareAppId(identity.appId),
        appVersion: '1.0.0',
        environmentId: identity.environmentId,
        environmentType: identity.environmentType,
        invocationId: inv?.invocationId ?? 'no-invocation',
        installationId,
        functionKey: inv?.functionKey ?? '',
        moduleType: inv?.moduleType ?? '',
        moduleKey: inv?.moduleKey ?? '',
        ...(identity.license ? { license: identity.license } : {}),
      };
    },
    get aaid() {
      return currentInvocation()?.accountId ?? undefined;
    },
    get lambdaContext() {
      const inv = currentInvocation();
      return {
        awsRequestId: inv?.invocationId ?? 'no-invocation',
        getRemainingTimeInMillis: () => (inv ? Math.max(0, inv.deadline - Date.now()) : 0),
      };
    },
    get tracing() {
      return { traceId: currentInvocation()?.invocationId ?? randomUUID(), spanId: randomUUID().slice(0, 16) };
    },
    realtime: {},
    metrics: noopMetrics,
    ...(identity.kvsProxy ? { kvs: identity.kvsProxy } : {}),
    featureFlags: () => false,
  };
}
