/**
 * The sandbox's own control API under /__sandbox/api, used by the shell and by tests: state, invoking a
 * module's resolver, running scheduled triggers, the clock, Jira faults, the invocation log and
 * Markdown-to-ADF for the description editor, and the frames' CSP violation reports. Every body is checked with zod (control-schemas.ts); a body
 * that is malformed, too large or of the wrong shape answers 4xx `{errorMessages}`, never 500.
 */
import express from 'express';
import type { z } from 'zod';
import { markdownToAdf } from '../../src/domain/adf';
import type { JiraEmulator } from '../jira/emulator-types';
import { listScheduledTriggers, listUiModules } from '../manifest-modules';
import { frameAttributes } from '../runtime/frame-attributes';
import type { ForgeRuntime } from '../runtime/types';
import { DEMO_USERS } from '../seed/users';
import { actorFrom } from './actor';
import { BODY_LIMIT, bodyReadError, refuseDeepJson } from './body-errors';
import type { CspReportLog } from './csp-reports';
import type { SandboxOrigins } from './frames';
import { clockBody, faultsBody, invokeBody, issueMessages, markdownBody, scheduledRunBody } from './control-schemas';

export interface ControlDeps {
  manifest: unknown;
  jira: JiraEmulator;
  runtime: ForgeRuntime;
  origins: SandboxOrigins;
  reports: CspReportLog;
}

/**
 * The parsed body, or undefined after answering 400 with what is wrong. A request without a body reads as
 * `{}` (express leaves req.body undefined then); a JSON `null` is a body, and refused.
 */
function bodyOf<S extends z.ZodType>(schema: S, req: express.Request, res: express.Response): z.infer<S> | undefined {
  const parsed = schema.safeParse(req.body === undefined ? {} : req.body);
  if (parsed.success) return parsed.data;
  res.status(400).json({ errorMessages: issueMessages(parsed.error) });
  return undefined;
}

export function controlApi({ manifest, jira, runtime, origins, reports }: ControlDeps): express.Router {
  const api = express.Router();
  // Any content type is read as JSON, so a body sent as text/plain is checked too instead of ignored;
  // not strict, so `5` or `"x"` get the schema's "must be a JSON object" rather than a parse error.
  api.use(express.json({ type: () => true, limit: BODY_LIMIT, strict: false, verify: refuseDeepJson }));
  // The runtime's clock does not report its speed; the last one set here is the one in force.
  let currentSpeed = 1;
  const clockState = () => ({ now: runtime.clock.now().toISOString(), speed: currentSpeed });
  const runBody = scheduledRunBody(listScheduledTriggers(manifest).map((t) => t.key));

  api.get('/state', (_req, res) => {
    res.json({
      users: DEMO_USERS,
      modules: listUiModules(manifest, origins.frames),
      // The shell embeds every frame from this origin with these attributes, and talks to it only there.
      frames: { origin: origins.frames, ...frameAttributes(manifest) },
      clock: clockState(),
      faults: jira.faults,
      scheduledTriggers: listScheduledTriggers(manifest),
    });
  });
  api.post('/invoke', async (req, res) => {
    const body = bodyOf(invokeBody, req, res);
    if (!body) return;
    const actor = actorFrom(req);
    res.json(
      await runtime.invoke({
        moduleKey: body.moduleKey,
        functionKey: body.functionKey,
        payload: body.payload ?? {},
        extension: body.extension,
        accountId: actor.kind === 'user' ? actor.accountId : null,
      }),
    );
  });
  api.post('/scheduled-triggers/run', async (req, res) => {
    const body = bodyOf(runBody, req, res);
    if (!body) return;
    res.json(await runtime.runScheduledTriggers(body.key));
  });
  api.post('/clock', async (req, res) => {
    const body = bodyOf(clockBody, req, res);
    if (!body) return;
    if (body.speed !== undefined) {
      currentSpeed = body.speed;
      runtime.clock.setSpeed(body.speed);
    }
    if (body.advanceMs !== undefined && body.advanceMs > 0) await runtime.clock.advance(body.advanceMs);
    res.json(clockState());
  });
  api.put('/faults', (req, res) => {
    const patch = bodyOf(faultsBody, req, res);
    if (!patch) return;
    const faults = jira.faults;
    if (patch.latencyMs !== undefined) faults.latencyMs = patch.latencyMs;
    if (patch.rateLimitNext !== undefined) faults.rateLimitNext = patch.rateLimitNext;
    if (patch.retryAfterSeconds !== undefined) faults.retryAfterSeconds = patch.retryAfterSeconds;
    if (patch.unavailableNext !== undefined) faults.unavailableNext = patch.unavailableNext;
    if (patch.pathPrefix !== undefined) faults.pathPrefix = patch.pathPrefix;
    res.json(faults);
  });
  api.get('/invocations', (_req, res) => {
    res.json(runtime.invocations());
  });
  api.get('/csp-reports', (_req, res) => {
    res.json(reports.list());
  });
  api.post('/markdown-to-adf', (req, res) => {
    const body = bodyOf(markdownBody, req, res);
    if (!body) return;
    res.json(markdownToAdf(body.markdown));
  });
  api.use((req, res) => {
    res.status(501).json({ errorMessages: [`The sandbox has no control ${req.method} ${req.originalUrl}`] });
  });
  // express.json's own refusals (malformed JSON 400, over the limit 413) answer here as JSON, not as a 500.
  api.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const refused = bodyReadError(err);
    if (!refused) {
      next(err);
      return;
    }
    res.status(refused.status).json({ errorMessages: [refused.message] });
  });
  return api;
}
