/** `jira:workflowValidator` modules in function mode (FORGE-FACTS §5): `{issue, configuration, transition}` in, `{result, errorMessage?}` out. */
import type { AppFunctions } from './app-functions';
import { RESOLVER_TIMEOUT_SECONDS } from './limits';
import type { AppManifest } from './manifest';

export interface ValidatorArgs {
  issue: { key: string };
  configuration: Record<string, unknown>;
  transition: { from: { id: string }; to: { id: string }; modifiedFields?: Record<string, unknown> };
}

export async function runValidator(
  deps: { manifest: AppManifest; functions: AppFunctions; installContext: string },
  moduleKey: string,
  args: ValidatorArgs,
): Promise<{ result: boolean; errorMessage?: string }> {
  const module = deps.manifest.modulesOfType('jira:workflowValidator').find((m) => m.key === moduleKey);
  if (!module?.function) {
    return { result: false, errorMessage: `manifest.yml has no jira:workflowValidator '${moduleKey}' with a function` };
  }
  const outcome = await deps.functions.call(
    { functionKey: module.function, moduleKey, moduleType: module.type, accountId: null, timeoutSeconds: RESOLVER_TIMEOUT_SECONDS },
    [args, { installContext: deps.installContext }],
  );
  if (!outcome.ok) return { result: false, errorMessage: `The validator failed: ${outcome.error.message}` };
  const answer = (outcome.value ?? {}) as { result?: unknown; errorMessage?: unknown };
  // Like Jira expressions, anything but a boolean true blocks the transition.
  return {
    result: answer.result === true,
    ...(typeof answer.errorMessage === 'string' ? { errorMessage: answer.errorMessage } : {}),
  };
}
