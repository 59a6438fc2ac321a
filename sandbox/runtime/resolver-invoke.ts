/**
 * A Custom UI `invoke(functionKey, payload)` reaching the module's resolver function, with the two arguments
 * Forge passes to what `new Resolver().getDefinitions()` returns (node_modules/@forge/resolver/out/index.js):
 * `{call: {functionKey, payload, jobId}, context}` and the backend runtime payload (principal, installContext,
 * license). Forge's limits apply: 500 KB request, 5 MB response, 25 s.
 */
import type { AppFunctions } from './app-functions';
import { bareAppId, type RuntimeIdentity } from './forge-runtime-global';
import { INVOKE_PAYLOAD_MAX_BYTES, INVOKE_RESPONSE_MAX_BYTES, RESOLVER_TIMEOUT_SECONDS } from './limits';
import type { AppManifest } from './manifest';
import type { InvokeRequest, InvokeResult } from './types';

export interface ResolverDeps {
  manifest: AppManifest;
  functions: AppFunctions;
  identity: RuntimeIdentity;
  siteUrl: string;
  installContext: string;
}

const byteLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '');

export async function invokeResolver(deps: ResolverDeps, request: InvokeRequest): Promise<InvokeResult> {
  const module = deps.manifest.module(request.moduleKey);
  const functionKey = module?.resolver?.function;
  if (!module || !functionKey) {
    return { ok: false, status: 404, message: `manifest.yml has no module '${request.moduleKey}' with a resolver function` };
  }
  let payloadBytes: number;
  try {
    payloadBytes = byteLength(request.payload);
  } catch {
    return { ok: false, status: 400, message: 'The invoke payload cannot be serialised as JSON' };
  }
  if (payloadBytes > INVOKE_PAYLOAD_MAX_BYTES) {
    return { ok: false, status: 413, message: `The invoke payload is ${payloadBytes} bytes; Forge accepts at most ${INVOKE_PAYLOAD_MAX_BYTES}` };
  }
  const { identity } = deps;
  const context = {
    localId: `ari:cloud:ecosystem::extension/${bareAppId(identity.appId)}/${identity.environmentId}/static/${module.key}`,
    cloudId: identity.cloudId,
    siteUrl: deps.siteUrl,
    moduleKey: module.key,
    extension: request.extension,
    environmentId: identity.environmentId,
    environmentType: identity.environmentType,
    accountId: request.accountId ?? undefined,
    accountType: request.accountId ? 'licensed' : 'anonymous',
    locale: 'en-US',
    timezone: 'UTC',
  };
  const backendRuntimePayload = {
    principal: request.accountId ? { accountId: request.accountId } : undefined,
    installContext: deps.installContext,
    license: identity.license,
  };
  // JSON round trip: the payload crosses a network boundary in Forge, so functions and undefined fields vanish.
  const payload = request.payload === undefined ? undefined : (JSON.parse(JSON.stringify(request.payload)) as unknown);
  const outcome = await deps.functions.call(
    { functionKey, moduleKey: module.key, moduleType: module.type, accountId: request.accountId, timeoutSeconds: RESOLVER_TIMEOUT_SECONDS },
    [{ call: { functionKey: request.functionKey, payload, jobId: undefined }, context }, backendRuntimePayload],
  );
  if (!outcome.ok) {
    if (outcome.timedOut) {
      return { ok: false, status: 504, message: `There was an error invoking the function - ${outcome.error.message}` };
    }
    return { ok: false, status: 500, message: `There was an error invoking the function - ${outcome.error.message}` };
  }
  let responseBytes: number;
  try {
    responseBytes = outcome.value === undefined ? 0 : byteLength(outcome.value);
  } catch {
    return { ok: false, status: 500, message: 'There was an error invoking the function - the response is not serialisable' };
  }
  if (responseBytes > INVOKE_RESPONSE_MAX_BYTES) {
    return {
      ok: false,
      status: 413,
      message: `There was an error invoking the function - the response is ${responseBytes} bytes; Forge returns at most ${INVOKE_RESPONSE_MAX_BYTES}`,
    };
  }
  return { ok: true, body: outcome.value };
}
