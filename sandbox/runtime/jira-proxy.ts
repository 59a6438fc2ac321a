/**
 * Product requests (`requestJira` through asApp / asUser / bare) routed to the Jira emulator with the actor
 * Forge would use.
 *
 * asUser() with no user to act for (no accountId given and an invocation without a principal, such as a
 * scheduled trigger or a consumer) cannot get a user token in Forge either. NEEDS_AUTHENTICATION_ERR is the
 * answer for a user who has not granted consent (3LO), which is a different situation, so the sandbox answers
 * with a proxy failure instead: status 401 and `forge-proxy-error: PROXY_ERR`, which @forge/api raises as a
 * ProxyRequestError naming the status. The app sees a thrown error, never data fetched as the wrong actor.
 */
import type { Actor, JiraEmulator } from '../jira/emulator-types';
import { currentInvocation } from './invocation-context';
import { plainRequest, jsonResponse, toResponse, type InitLike } from './request-init';

export interface ProductDescriptor {
  provider?: string;
  accountId?: string;
}

export function actorFor(descriptor: ProductDescriptor): Actor | null {
  const principal = currentInvocation()?.accountId ?? null;
  switch (descriptor.provider) {
    case 'app':
      return { kind: 'app' };
    case 'user': {
      const accountId = descriptor.accountId ?? principal;
      return accountId ? { kind: 'user', accountId } : null;
    }
    default:
      // Bare requestJira: as the invocation's user when there is one, else as the app.
      return principal ? { kind: 'user', accountId: principal } : { kind: 'app' };
  }
}

export async function requestJira(jira: JiraEmulator, descriptor: ProductDescriptor, path: string, init: InitLike | undefined): Promise<Response> {
  const actor = actorFor(descriptor);
  if (!actor) {
    return jsonResponse(
      401,
      { message: 'asUser() needs a user: this invocation has no principal and no accountId was given' },
      { 'forge-proxy-error': 'PROXY_ERR' },
    );
  }
  const request = plainRequest(init);
  const answer = await jira.handle({ ...request, path, actor, fromApp: true });
  return toResponse(answer.status, answer.headers, answer.body);
}
