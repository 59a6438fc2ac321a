/** Who a request acts as: scripts and the shell name a demo user in a header; without it the call acts as the app. */
import type express from 'express';
import type { Actor } from '../jira/emulator-types';

export const SANDBOX_USER_HEADER = 'x-sandbox-user';

export function actorFrom(req: express.Request): Actor {
  const user = req.header(SANDBOX_USER_HEADER);
  return user ? { kind: 'user', accountId: user } : { kind: 'app' };
}
