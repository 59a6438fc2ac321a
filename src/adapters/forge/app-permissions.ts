import { getAppContext } from '@forge/api';

/** The module key of the jira:projectPermission in manifest.yml. */
const SIGN_OFF_MODULE = 'sign-off-work-results';

/**
 * Jira names an app's project permission `ari:cloud:ecosystem::extension/<app id>/<environment id>/static/<key>`;
 * the ids differ per environment (development, staging, production), so the key is read from the runtime.
 */
export function signOffPermissionKey(): string {
  const { appAri, environmentAri } = getAppContext();
  return `ari:cloud:ecosystem::extension/${appAri.appId}/${environmentAri.environmentId}/static/${SIGN_OFF_MODULE}`;
}

/** Time left in this invocation, for jobs that checkpoint before Forge stops them. */
export function remainingMs(): number {
  return getAppContext().invocationRemainingTimeInMillis();
}
