/**
 * Jira REST over HTTP, exactly as the emulator answers it: scripts, the shell and the frames' requestJira
 * call /rest/... and act as the user named in X-Sandbox-User (or as the app without it).
 */
import express from 'express';
import type { JiraEmulator } from '../jira/emulator-types';
import { actorFrom } from './actor';
import { BODY_LIMIT, bodyReadError } from './body-errors';

export function restBridge(jira: JiraEmulator): express.Router {
  const router = express.Router();
  // Every body as text: the emulator parses JSON itself and answers malformed bodies with Jira's 400s.
  router.use(express.text({ type: () => true, limit: BODY_LIMIT }));
  router.use(async (req, res) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const response = await jira.handle({
      method: req.method,
      path: req.originalUrl,
      headers,
      body: typeof req.body === 'string' && req.body.length > 0 ? req.body : undefined,
      actor: actorFrom(req),
      fromApp: false,
    });
    res.status(response.status);
    for (const [k, v] of Object.entries(response.headers)) res.setHeader(k, v);
    res.send(response.body);
  });
  // A body the parser refuses (over the limit: 413) answers in Jira's error shape, not as a 500.
  router.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const refused = bodyReadError(err);
    if (!refused) {
      next(err);
      return;
    }
    res.status(refused.status).json({ errorMessages: [refused.message], errors: {} });
  });
  return router;
}
